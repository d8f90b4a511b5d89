package org.lantern.domain.walkin;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reception changes a walk-in's priority; the reason is recorded. */
public record ChangePriorityCommand(@TargetAggregateIdentifier String queueId, String ticketId, Priority priority, String reason, LocalDateTime now) {
}
