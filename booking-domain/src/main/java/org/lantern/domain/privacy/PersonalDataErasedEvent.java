package org.lantern.domain.privacy;

import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/**
 * A person's personal fields are erased for good: the subject's key is deleted, so every sealed copy in every
 * event and read model is unreadable. The event itself carries nothing personal.
 */
@Revision("1")
public record PersonalDataErasedEvent(String subjectId, String reference, ErasureReason reason,
                                      LocalDateTime erasedAt) implements SubjectEvent {
}
