package org.lantern.application.booking;

import java.util.Optional;

/** Port: the read side's bookings, by reference (a look-up by unique key, cheap on every store). */
public interface BookingRecords {

    Optional<BookingView> booking(String reference);
}
