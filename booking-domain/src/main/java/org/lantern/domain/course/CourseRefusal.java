package org.lantern.domain.course;

import org.lantern.domain.booking.ReasonedRefusal;

/** What a course refuses: one that does not exist or has begun, a second person for its one place. */
public class CourseRefusal extends ReasonedRefusal {

    public CourseRefusal(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    public enum Reason implements ReasonedRefusal.Reason {
        COURSE_NOT_FOUND(Kind.NOT_FOUND),
        COURSE_BOOKING_NOT_FOUND(Kind.NOT_FOUND),
        COURSE_SESSION_NOT_FOUND(Kind.NOT_FOUND),
        COURSE_EXISTS(Kind.CONFLICT),
        COURSE_TAKEN(Kind.CONFLICT),
        COURSE_BEGUN(Kind.CONFLICT),
        COURSE_BOOKING_ENDED(Kind.CONFLICT),
        COURSE_TIME_NOT_FREE(Kind.CONFLICT),
        COURSE_SESSION_MOVED_TOO_OFTEN(Kind.CONFLICT),
        COURSE_WEEKS_OUT_OF_RANGE(Kind.INVALID);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }
}
