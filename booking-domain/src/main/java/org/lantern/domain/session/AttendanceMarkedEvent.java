package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Service;

/**
 * A booking's attendance changed: arrived, seen, no-show or left. {@code automatic} is true for a no-show the
 * sweep recorded after the grace period, false when a member of staff marked it.
 */
@Revision("1")
public record AttendanceMarkedEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime slotStart,
        String reference,
        BookingStatus status,
        boolean automatic,
        LocalDateTime markedAt) implements SessionEvent {
}
