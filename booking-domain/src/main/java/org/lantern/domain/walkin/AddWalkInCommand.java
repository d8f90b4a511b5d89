package org.lantern.domain.walkin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.SealedText;

/** Reception adds a walk-in; the queue gives it the next call number. */
public record AddWalkInCommand(@TargetAggregateIdentifier String queueId, Service service, int serviceNumber, LocalDate date,
                               String ticketId, String codeHash, Priority priority, String reason, String subjectId,
                               SealedText pseudonym, LocalDateTime now) {
}
