package org.lantern.domain.walkin;

import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** The person left without being seen. */
@Revision("1")
public record TicketLeftEvent(String queueId, String ticketId, LocalDateTime leftAt) implements QueueEvent {
}
