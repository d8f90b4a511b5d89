package org.lantern.projections.clinic;

import java.time.LocalDate;

/** Active bookings between two dates (inclusive) that still hold a contact for reminders. */
public record FindBookingsToRemindQuery(LocalDate from, LocalDate to) {
}
