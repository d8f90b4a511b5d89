package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;

/** The centre called the session off; its bookings were cancelled just before, each with its own event. */
@Revision("1")
public record SessionCancelledEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String reason,
        int bookingsCancelled,
        LocalDateTime cancelledAt) implements SessionEvent {
}
