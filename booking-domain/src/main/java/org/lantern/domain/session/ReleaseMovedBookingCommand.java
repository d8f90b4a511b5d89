package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The second half of a move: the old place is given up, now that the new one is held in {@code toSessionId}. */
public record ReleaseMovedBookingCommand(@TargetAggregateIdentifier String sessionId, String reference,
                                         String toSessionId, LocalDate toDate, LocalTime toSlotStart,
                                         LocalTime toSlotEnd, LocalDateTime now) {
}
