package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;

/**
 * A booking left its slot of this session for another: a slot of the same session ({@code toSessionId} is this
 * one, and this event takes the new place too), or of another session that already holds the new place
 * ({@link PlaceHeldForMoveEvent}). Reference, secret and holder stay the same.
 */
@Revision("1")
public record BookingMovedEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime slotStart,
        String reference,
        String toSessionId,
        LocalDate toDate,
        LocalTime toSlotStart,
        LocalTime toSlotEnd,
        LocalDateTime movedAt) implements SessionEvent {

    public boolean withinSession() {
        return sessionId.equals(toSessionId);
    }
}
