package org.lantern.ui.course;

import java.time.OffsetDateTime;
import java.util.List;
import org.lantern.application.course.CourseBookingView;
import org.lantern.application.course.CourseView;
import org.lantern.ui.CentreTime;

/** Courses and course bookings on the wire: times with the offset of their day, nothing personal. */
final class CourseJson {

    private CourseJson() {
    }

    record Session(String sessionId, OffsetDateTime start, OffsetDateTime end) {
    }

    record Course(String courseId, int weeks, List<Session> sessions) {

        static Course of(CourseView c, CentreTime time) {
            return new Course(c.courseId(), c.sessions().size(), c.sessions().stream()
                    .map(s -> new Session(s.sessionId(), time.at(s.date(), s.start()), time.at(s.date(), s.end())))
                    .toList());
        }
    }

    record Created(String reference, String secret, List<OffsetDateTime> sessions) {
    }

    record Place(int n, int of, OffsetDateTime start, OffsetDateTime end, String status) {
    }

    record Booking(String reference, String courseId, String status, List<Place> sessions) {

        static Booking of(CourseBookingView b, CentreTime time) {
            String status = b.stage() == CourseBookingView.Stage.CANCELLED ? "cancelled" : "booked";
            return new Booking(b.reference(), b.courseId(), status, b.places().stream()
                    .map(p -> new Place(p.n(), p.of(), time.at(p.start().toLocalDate(), p.start().toLocalTime()),
                            time.at(p.end().toLocalDate(), p.end().toLocalTime()), p.status().code()))
                    .toList());
        }
    }
}
