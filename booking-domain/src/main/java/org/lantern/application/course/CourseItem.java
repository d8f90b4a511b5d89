package org.lantern.application.course;

import java.time.LocalDateTime;
import java.util.List;
import org.lantern.application.booking.BookedItem;
import org.lantern.domain.course.CourseSession;

/** A whole course: what a course booking's receipt lists. */
public record CourseItem(String courseId, String service, String counsellor, List<CourseSession> sessions)
        implements BookedItem {

    @Override
    public String serviceCode() {
        return service;
    }

    @Override
    public LocalDateTime startsAt() {
        return sessions.get(0).startsAt();
    }
}
