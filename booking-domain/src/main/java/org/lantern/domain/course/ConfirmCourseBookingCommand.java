package org.lantern.domain.course;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ConfirmCourseBookingCommand(@TargetAggregateIdentifier String courseId, String reference,
                                          LocalDateTime now) {
}
