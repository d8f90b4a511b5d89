package org.lantern.domain.session;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The first half of a move to another session: the new place is taken here, under the booking's own reference,
 * before the old one is given up ({@link ReleaseMovedBookingCommand}).
 */
public record HoldPlaceForMoveCommand(@TargetAggregateIdentifier String sessionId, String reference,
                                      String fromSessionId, LocalTime slotStart, LocalDateTime now) {
}
