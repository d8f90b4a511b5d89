package org.lantern.domain.walkin;

import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** Reception changed a walk-in's priority, with the reason it gave. */
@Revision("1")
public record PriorityChangedEvent(String queueId, String ticketId, Priority priority, String reason, LocalDateTime changedAt) implements QueueEvent {
}
