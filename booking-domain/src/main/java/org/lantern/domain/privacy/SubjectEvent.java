package org.lantern.domain.privacy;

/** The events of one data subject's stream. */
public sealed interface SubjectEvent permits PersonalDataErasedEvent {

    String subjectId();
}
