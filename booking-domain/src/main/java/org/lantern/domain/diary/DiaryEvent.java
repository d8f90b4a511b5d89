package org.lantern.domain.diary;

/** The events of one clinician's diary for one date. */
public sealed interface DiaryEvent permits ClinicianTimeReservedEvent, ClinicianTimeReleasedEvent {

    String diaryId();
}
