package org.lantern.application.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Port: the read side's courses and course bookings. */
public interface CourseRecords {

    Optional<CourseView> course(String courseId);

    /** Courses whose first session is between two dates, by first date. */
    List<CourseView> courses(LocalDate from, LocalDate to);

    Optional<CourseBookingView> courseBooking(String reference);

    /** Bookings still claiming their sessions that began before a moment: a crash stopped them. */
    List<CourseBookingView> unfinishedSince(LocalDateTime startedBefore);

    /** Places still held in a session that a later move of the same course session replaced. */
    List<StalePlace> placesLeftByAMove();

    record StalePlace(String sessionId, String sessionReference) {
    }
}
