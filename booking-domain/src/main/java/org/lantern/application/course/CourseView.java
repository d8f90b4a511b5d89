package org.lantern.application.course;

import java.time.LocalDate;
import java.util.List;
import org.lantern.domain.course.CourseSession;

/** A course as the read side knows it; {@code held} while someone's booking holds it (or is claiming it). */
public record CourseView(String courseId, String counsellor, List<CourseSession> sessions, boolean held,
                         String service) {

    public LocalDate firstDate() {
        return sessions.get(0).date();
    }
}
