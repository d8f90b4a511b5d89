package org.lantern.domain.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReserveClinicianTimeCommand(@TargetAggregateIdentifier String diaryId, String clinician,
                                          LocalDate date, String sessionId, LocalTime start, LocalTime end) {
}
