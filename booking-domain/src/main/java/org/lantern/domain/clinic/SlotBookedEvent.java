package org.lantern.domain.clinic;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.privacy.SealedText;

/**
 * A place is booked. Every personal field is sealed under the subject's key.
 *
 * <p>Revision 2 added the optional reminder {@code contact}, the {@code language} reminders are written in
 * (both sealed; null when no contact was left) and {@code remindersMayNameService} (false unless the person
 * opted in). Revision 1 events are upcast with no contact.
 */
@Revision("2")
public record SlotBookedEvent(
        String dayId,
        String sessionId,
        LocalTime slotStart,
        String reference,
        String secretHash,
        String subjectId,
        SealedText pseudonym,
        SealedText contact,
        SealedText language,
        boolean remindersMayNameService,
        LocalDateTime bookedAt) {
}
