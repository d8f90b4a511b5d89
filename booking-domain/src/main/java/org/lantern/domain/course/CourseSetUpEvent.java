package org.lantern.domain.course;

import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A manager set up a course: its counsellor and its sessions, week by week, and (since revision 2) the catalogue
 * service it belongs to. A revision 1 event has no service: its course belongs to the service the catalogue was
 * seeded with for courses ({@code CourseReadModel}'s unnamed course service).
 */
@Revision("2")
public record CourseSetUpEvent(String courseId, String counsellor, List<CourseSession> sessions,
                               LocalDateTime setUpAt, String service) implements CourseEvent {
}
