package org.lantern.application.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lantern.application.booking.CentreClock;
import org.lantern.domain.course.CourseSession;

/** Which courses a person can still book whole, and which dates of one are taken. */
public class CourseCatalogue {

    private final CourseRecords courses;
    private final CounsellingTimes times;
    private final CentreClock clock;
    private final CourseSettings settings;

    public CourseCatalogue(CourseRecords courses, CounsellingTimes times, CentreClock clock, CourseSettings settings) {
        this.courses = courses;
        this.times = times;
        this.clock = clock;
        this.settings = settings;
    }

    /** Courses starting between two dates that nobody holds, not yet begun, every session free. */
    public List<CourseView> free(LocalDate from, LocalDate to) {
        LocalDateTime now = clock.now();
        return courses.courses(from, to).stream().filter(c -> whollyFree(c, now)).toList();
    }

    /** The dates of a course whose session has no free place now (on the read side). */
    public List<LocalDate> takenDates(CourseView course) {
        var full = times.full(course.sessions());
        return course.sessions().stream().filter(s -> full.contains(s.sessionId())).map(CourseSession::date).toList();
    }

    /**
     * The next course after this one (within the look-ahead from its start) that is wholly free: the same counsellor's first (a person keeps who they
     * started with), else anyone's.
     */
    public Optional<CourseView> nextWhollyFree(CourseView after) {
        LocalDate from = after.firstDate();
        LocalDate to = from.plusDays(settings.lookAhead().toDays());
        List<CourseView> candidates = free(from, to).stream()
                .filter(c -> !c.courseId().equals(after.courseId())).toList();
        return candidates.stream().filter(c -> c.counsellor().equals(after.counsellor())).findFirst()
                .or(() -> candidates.stream().min(Comparator.comparing(CourseView::firstDate)));
    }

    private boolean whollyFree(CourseView course, LocalDateTime now) {
        return !course.held() && course.sessions().get(0).startsAt().isAfter(now) && takenDates(course).isEmpty();
    }
}
