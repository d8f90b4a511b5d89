package org.lantern.application.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.lantern.domain.course.CourseSession;
import java.util.Optional;
import org.lantern.application.clinic.SessionView;

/** Port: a counsellor's sessions of a course service on the read side, and whether a slot of one is free. */
public interface CounsellingTimes {

    /** Their counselling session with a slot that starts at this time, if they have one. */
    Optional<SessionView> sessionAt(String service, String counsellor, LocalDateTime start);

    /** Whether the slot starting at this time still has a free place. */
    boolean free(String sessionId, LocalDateTime start);

    /** Which of these sessions have no free place at their time (or are unknown): one look for them all. */
    Set<String> full(Collection<CourseSession> sessions);

    /** The counsellor's counselling slots with a free place between two dates, in time order. */
    List<LocalDateTime> freeTimes(String service, String counsellor, LocalDate from, LocalDate to);
}
