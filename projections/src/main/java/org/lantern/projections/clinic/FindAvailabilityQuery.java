package org.lantern.projections.clinic;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Upcoming slots of one service between two dates (inclusive); slots that started before {@code now} are left out. */
public record FindAvailabilityQuery(String service, LocalDate from, LocalDate to, LocalDateTime now) {
}
