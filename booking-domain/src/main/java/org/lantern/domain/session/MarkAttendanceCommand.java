package org.lantern.domain.session;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.booking.BookingStatus;

/** Staff mark a booking arrived, seen, did not come (no-show) or left without being seen. */
public record MarkAttendanceCommand(@TargetAggregateIdentifier String sessionId, String reference,
                                    BookingStatus status, LocalDateTime now) {
}
