package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;

/**
 * A booking cancelled because the centre called its session off, with the reason the person reads on their
 * booking page (never in a text message). Its place is free, as after {@link BookingCancelledEvent}.
 */
@Revision("1")
public record BookingCancelledByCentreEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime slotStart,
        String reference,
        String reason,
        LocalDateTime cancelledAt) implements SessionEvent {
}
