package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;

/** A no-show was taken back: the booking is expected again, and the sweep leaves it alone from now on. */
@Revision("1")
public record NoShowUndoneEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime slotStart,
        String reference,
        LocalDateTime undoneAt) implements SessionEvent {
}
