package org.lantern.domain.walkin;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person was seen. */
public record MarkTicketSeenCommand(@TargetAggregateIdentifier String queueId, String ticketId, LocalDateTime now) {
}
