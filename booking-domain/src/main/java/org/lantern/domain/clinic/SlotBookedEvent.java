package org.lantern.domain.clinic;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.privacy.SealedText;

@Revision("1")
public record SlotBookedEvent(
        String dayId,
        String sessionId,
        LocalTime slotStart,
        String reference,
        String secretHash,
        String subjectId,
        SealedText pseudonym,
        LocalDateTime bookedAt) {
}
