package org.lantern.domain.walkin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.SealedText;

/**
 * A walk-in joined the queue. {@code codeHash} is the keyed hash of the ticket code (the code itself is shown once);
 * {@code pseudonym} is sealed under {@code subjectId}'s key, and null when none was given.
 */
@Revision("1")
public record WalkInAddedEvent(String queueId, Service service, LocalDate date, String ticketId, String callNumber,
                               long arrival, String codeHash, Priority priority, String reason, String subjectId,
                               SealedText pseudonym, LocalDateTime arrivedAt) implements QueueEvent {
}
