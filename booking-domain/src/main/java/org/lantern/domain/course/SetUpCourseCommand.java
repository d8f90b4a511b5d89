package org.lantern.domain.course;

import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetUpCourseCommand(@TargetAggregateIdentifier String courseId, String counsellor,
                                 List<CourseSession> sessions, LocalDateTime now,
                                 String service) {
}
