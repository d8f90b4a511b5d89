package org.lantern.domain.course;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelCourseBookingCommand(@TargetAggregateIdentifier String courseId, String reference,
                                         LocalDateTime now) {
}
