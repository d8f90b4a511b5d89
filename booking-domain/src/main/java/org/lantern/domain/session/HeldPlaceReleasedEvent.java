package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;

/** A place held for a move that did not happen is free again; the booking stayed where it was. */
@Revision("1")
public record HeldPlaceReleasedEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime slotStart,
        String reference,
        LocalDateTime releasedAt) implements SessionEvent {
}
