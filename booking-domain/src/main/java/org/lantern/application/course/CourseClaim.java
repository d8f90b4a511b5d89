package org.lantern.application.course;

import org.lantern.domain.course.StartCourseBookingCommand;

/** What the pipeline hands back to {@link CourseBookings#carryOut}: the first command and the course it claims. */
record CourseClaim(StartCourseBookingCommand start, CourseView course) {
}
