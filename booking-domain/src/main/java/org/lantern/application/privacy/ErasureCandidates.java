package org.lantern.application.privacy;

import java.time.LocalDateTime;
import java.util.List;
import org.lantern.application.booking.BookingView;

/** Port: bookings not yet erased whose time ended at or before a moment. */
public interface ErasureCandidates {

    List<BookingView> endedBy(LocalDateTime endedBy);
}
