package org.lantern.application.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lantern.domain.booking.Refusal;

/**
 * A course could not be booked whole: these dates are taken. Nothing of it was booked. {@code next} is the next
 * course that is wholly free, when there is one.
 */
public class CourseClash extends Refusal {

    private final transient List<LocalDate> clashes;
    private final transient CourseView next;

    public CourseClash(List<LocalDate> clashes, Optional<CourseView> next) {
        super("COURSE_CLASH");
        this.clashes = List.copyOf(clashes);
        this.next = next.orElse(null);
    }

    public List<LocalDate> clashes() {
        return clashes;
    }

    public Optional<CourseView> next() {
        return Optional.ofNullable(next);
    }

    @Override
    public String code() {
        return "COURSE_CLASH";
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
