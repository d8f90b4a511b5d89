package org.lantern.domain.diary;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReleaseClinicianTimeCommand(@TargetAggregateIdentifier String diaryId, String sessionId) {
}
