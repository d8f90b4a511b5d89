package org.lantern.application.booking;

import java.time.LocalDateTime;
import org.lantern.domain.booking.Service;

/** What a booking holds, described by its service: enough for a receipt and for the caps. */
public interface BookedItem {

    Service service();

    /** When it starts on the centre's wall clock: the caps count a booking until then. */
    LocalDateTime startsAt();
}
