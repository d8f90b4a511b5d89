package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Service;

/**
 * A place in a slot is booked. Every personal field of the holder is sealed under the subject's key. Revision 2:
 * the holder may carry the person's needs and their consent (both sealed); a revision 1 event reads as one
 * without them.
 */
@Revision("2")
public record SlotBookedEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime slotStart,
        LocalTime slotEnd,
        Holder holder,
        LocalDateTime bookedAt) implements SessionEvent {

    public String reference() {
        return holder.reference();
    }
}
