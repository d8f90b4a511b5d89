package org.lantern.application.course;

import java.time.LocalDateTime;

/** Cancelling a whole course booking: the sessions still to come, then the course. */
record CourseCancel(String reference, String courseId, LocalDateTime now) {
}
