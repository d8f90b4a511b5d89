package org.lantern.domain.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** One session of a course: the {@code Session} aggregate that holds its one place, and when it runs. */
public record CourseSession(String sessionId, LocalDate date, LocalTime start, LocalTime end) {

    public LocalDateTime startsAt() {
        return date.atTime(start);
    }
}
