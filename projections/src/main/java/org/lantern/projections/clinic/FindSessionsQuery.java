package org.lantern.projections.clinic;

import java.time.LocalDate;

/** Every session between two dates (inclusive), all services, for managers planning the rota. */
public record FindSessionsQuery(LocalDate from, LocalDate to) {
}
