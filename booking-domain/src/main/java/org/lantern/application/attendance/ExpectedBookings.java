package org.lantern.application.attendance;

import java.time.LocalDateTime;
import java.util.List;
import org.lantern.application.booking.BookingView;

/** Port: the read side's bookings still expected (booked, not checked in, no no-show undone). */
public interface ExpectedBookings {

    /** Those whose slot started at or before {@code startedBy}. */
    List<BookingView> notArrivedBy(LocalDateTime startedBy);
}
