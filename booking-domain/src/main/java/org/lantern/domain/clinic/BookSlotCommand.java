package org.lantern.domain.clinic;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.privacy.SealedText;

/**
 * Books one place in a slot. Personal fields arrive sealed under the subject's key and the secret arrives as
 * a one-way hash: the domain never sees either in plain text. {@code contact} and {@code language} are null
 * when the person left no contact for reminders.
 */
public record BookSlotCommand(
        @TargetAggregateIdentifier String dayId,
        String sessionId,
        LocalTime slotStart,
        String reference,
        String secretHash,
        String subjectId,
        SealedText pseudonym,
        SealedText contact,
        SealedText language,
        boolean remindersMayNameService,
        LocalDateTime now) {

    /** A booking without a contact for reminders. */
    public BookSlotCommand(String dayId, String sessionId, LocalTime slotStart, String reference, String secretHash,
                           String subjectId, SealedText pseudonym, LocalDateTime now) {
        this(dayId, sessionId, slotStart, reference, secretHash, subjectId, pseudonym, null, null, false, now);
    }
}
