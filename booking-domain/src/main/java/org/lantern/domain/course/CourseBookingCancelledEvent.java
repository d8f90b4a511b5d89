package org.lantern.domain.course;

import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** The holder cancelled the course: the sessions still to come were given back, and the course is free again. */
@Revision("1")
public record CourseBookingCancelledEvent(String courseId, String reference, LocalDateTime cancelledAt)
        implements CourseEvent {
}
