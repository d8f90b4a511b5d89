package org.lantern.domain.walkin;

import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** A called place went back to the queue, at its old place. */
@Revision("1")
public record TicketReturnedEvent(String queueId, String ticketId, LocalDateTime returnedAt) implements QueueEvent {
}
