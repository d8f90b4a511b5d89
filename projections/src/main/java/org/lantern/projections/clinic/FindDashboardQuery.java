package org.lantern.projections.clinic;

import java.time.LocalDate;

public record FindDashboardQuery(LocalDate date) {
}
