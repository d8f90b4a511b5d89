package org.lantern.domain.walkin;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person left without being seen. */
public record MarkTicketLeftCommand(@TargetAggregateIdentifier String queueId, String ticketId, LocalDateTime now) {
}
