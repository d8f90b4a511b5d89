package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;

/**
 * A booking left its slot of this session for another: a slot of the same session ({@code toSessionId} is this
 * one, and this event takes the new place too), or of another session that already holds the new place
 * ({@link PlaceHeldForMoveEvent}). Reference, secret and holder stay the same. {@code centreReason} is null when the
 * holder moved it, and the manager's reason when the centre moved its whole session.
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
        LocalDateTime movedAt,
        String centreReason) implements SessionEvent {

    /** A move the holder made. */
    public BookingMovedEvent(String sessionId, Service service, LocalDate date, LocalTime slotStart, String reference,
                             String toSessionId, LocalDate toDate, LocalTime toSlotStart, LocalTime toSlotEnd,
                             LocalDateTime movedAt) {
        this(sessionId, service, date, slotStart, reference, toSessionId, toDate, toSlotStart, toSlotEnd, movedAt,
                null);
    }

    /** Whether the centre moved it (its session moved), with the reason the holder reads on their booking page. */
    public boolean byCentre() {
        return centreReason != null;
    }

    public boolean withinSession() {
        return sessionId.equals(toSessionId);
    }
}
