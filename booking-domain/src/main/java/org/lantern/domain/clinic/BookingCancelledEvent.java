package org.lantern.domain.clinic;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BookingCancelledEvent(
        String dayId,
        String sessionId,
        LocalTime slotStart,
        String reference,
        LocalDateTime cancelledAt) {
}
