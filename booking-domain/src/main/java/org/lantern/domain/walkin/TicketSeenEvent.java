package org.lantern.domain.walkin;

import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** The person was seen. */
@Revision("1")
public record TicketSeenEvent(String queueId, String ticketId, LocalDateTime seenAt) implements QueueEvent {
}
