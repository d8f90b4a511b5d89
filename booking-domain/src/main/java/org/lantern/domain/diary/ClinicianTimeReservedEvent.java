package org.lantern.domain.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ClinicianTimeReservedEvent(String diaryId, String clinician, LocalDate date, String sessionId,
                                         LocalTime start, LocalTime end) implements DiaryEvent {
}
