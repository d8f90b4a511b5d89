package org.lantern.domain.walkin;

import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** A place in the queue was called to a room (with a clinician when named). */
@Revision("1")
public record TicketCalledEvent(String queueId, String ticketId, String room, String clinician, LocalDateTime calledAt) implements QueueEvent {
}
