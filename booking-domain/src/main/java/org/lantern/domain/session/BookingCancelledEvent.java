package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;

/** A booked place is free again. */
@Revision("1")
public record BookingCancelledEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime slotStart,
        String reference,
        LocalDateTime cancelledAt) implements SessionEvent {
}
