package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The second half of a move: the old place is given up, now that the new one is held in {@code toSessionId}.
 * {@code centreReason} is set when the centre moves the whole session.
 */
public record ReleaseMovedBookingCommand(@TargetAggregateIdentifier String sessionId, String reference,
                                         String toSessionId, LocalDate toDate, LocalTime toSlotStart,
                                         LocalTime toSlotEnd, LocalDateTime now, String centreReason) {

    /** The holder's own move. */
    public ReleaseMovedBookingCommand(String sessionId, String reference, String toSessionId, LocalDate toDate,
                                      LocalTime toSlotStart, LocalTime toSlotEnd, LocalDateTime now) {
        this(sessionId, reference, toSessionId, toDate, toSlotStart, toSlotEnd, now, null);
    }
}
