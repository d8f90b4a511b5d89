package org.lantern.domain.clinic;

import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.privacy.ErasureReason;

/**
 * A booking's personal fields are erased for good: the subject's key is deleted, so every sealed copy in
 * every event and read model is unreadable. The event itself carries nothing personal.
 */
@Revision("1")
public record PersonalDataErasedEvent(
        String dayId,
        String reference,
        String subjectId,
        ErasureReason reason,
        LocalDateTime erasedAt) {
}
