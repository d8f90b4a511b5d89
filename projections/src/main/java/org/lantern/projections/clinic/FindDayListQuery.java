package org.lantern.projections.clinic;

import java.time.LocalDate;

public record FindDayListQuery(LocalDate date, String service) {
}
