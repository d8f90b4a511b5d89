package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;

/**
 * A place taken in this session for a booking moving here from {@code fromSessionId}; the booking is here once
 * that session records {@link BookingMovedEvent}, or the place is free again with {@link HeldPlaceReleasedEvent}.
 */
@Revision("1")
public record PlaceHeldForMoveEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime slotStart,
        LocalTime slotEnd,
        String reference,
        String fromSessionId,
        LocalDateTime heldAt) implements SessionEvent {
}
