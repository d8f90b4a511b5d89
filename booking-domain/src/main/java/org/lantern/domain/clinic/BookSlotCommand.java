package org.lantern.domain.clinic;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.privacy.SealedText;

/**
 * Books one place in a slot. The pseudonym arrives sealed under the subject's key and the secret arrives as
 * a one-way hash: the domain never sees either in plain text.
 */
public record BookSlotCommand(
        @TargetAggregateIdentifier String dayId,
        String sessionId,
        LocalTime slotStart,
        String reference,
        String secretHash,
        String subjectId,
        SealedText pseudonym,
        LocalDateTime now) {
}
