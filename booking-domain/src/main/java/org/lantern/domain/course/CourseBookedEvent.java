package org.lantern.domain.course;

import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.serialization.Revision;

/** Every session of the course was claimed: the booking holds them all. */
@Revision("1")
public record CourseBookedEvent(String courseId, String reference, String counsellor, List<CoursePlace> places,
                                LocalDateTime bookedAt) implements CourseEvent {
}
