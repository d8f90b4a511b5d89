package org.lantern.domain.course;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.booking.Holder;

public record StartCourseBookingCommand(@TargetAggregateIdentifier String courseId, Holder holder,
                                        LocalDateTime now) {
}
