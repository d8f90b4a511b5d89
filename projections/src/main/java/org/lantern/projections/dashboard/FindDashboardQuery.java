package org.lantern.projections.dashboard;

import java.time.LocalDate;

public record FindDashboardQuery(LocalDate date) {
}
