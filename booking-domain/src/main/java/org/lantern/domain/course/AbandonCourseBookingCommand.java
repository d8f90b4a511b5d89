package org.lantern.domain.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AbandonCourseBookingCommand(@TargetAggregateIdentifier String courseId, String reference,
                                          List<LocalDate> clashes, LocalDateTime now) {
}
