package org.lantern.application.walkin;

import java.time.LocalDate;
import java.util.List;
import org.lantern.application.booking.BookingView;

/** Port: every booking of one date, of every service (cancelled ones too). */
public interface DayBookings {

    List<BookingView> bookingsOn(LocalDate date);

    /** Every booking of one date in a session at the site. */
    List<BookingView> bookingsOn(LocalDate date, String site);
}
