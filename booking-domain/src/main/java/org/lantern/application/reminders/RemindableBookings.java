package org.lantern.application.reminders;

import java.time.LocalDate;
import java.util.List;
import org.lantern.application.booking.BookingView;

/** Port: upcoming bookings that left a contact for reminders and are neither cancelled nor erased. */
public interface RemindableBookings {

    List<BookingView> withContactBetween(LocalDate from, LocalDate to);
}
