package org.lantern.domain.walkin;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A called place goes back to the queue at its old place. */
public record ReturnTicketCommand(@TargetAggregateIdentifier String queueId, String ticketId, LocalDateTime now) {
}
