package org.lantern.domain.course;

import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A manager set up a course: its counsellor and its sessions, week by week. */
@Revision("1")
public record CourseSetUpEvent(String courseId, String counsellor, List<CourseSession> sessions,
                               LocalDateTime setUpAt) implements CourseEvent {
}
