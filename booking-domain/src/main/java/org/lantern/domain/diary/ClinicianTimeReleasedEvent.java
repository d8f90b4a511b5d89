package org.lantern.domain.diary;

import org.axonframework.serialization.Revision;

/** The time of a session that was not set up after all (or is cancelled) is free again. */
@Revision("1")
public record ClinicianTimeReleasedEvent(String diaryId, String sessionId) implements DiaryEvent {
}
