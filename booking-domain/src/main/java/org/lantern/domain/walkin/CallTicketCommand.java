package org.lantern.domain.walkin;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Call one waiting place to a room. */
public record CallTicketCommand(@TargetAggregateIdentifier String queueId, String ticketId, String room, String clinician, LocalDateTime now) {
}
