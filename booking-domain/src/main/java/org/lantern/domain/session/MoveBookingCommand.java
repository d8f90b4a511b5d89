package org.lantern.domain.session;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The holder moves a booking to another slot of the same session: one decision, so never neither, never both. */
public record MoveBookingCommand(@TargetAggregateIdentifier String sessionId, String reference, LocalTime toSlot,
                                 LocalDateTime now) {
}
