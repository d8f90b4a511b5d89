package org.lantern.application.course;

import java.time.LocalDateTime;
import java.util.List;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.domain.course.AbandonCourseBookingCommand;
import org.lantern.domain.course.CourseRefusal;

/**
 * What a crash between the steps of a course booking leaves is finished here, as a sweep over the read model
 * (like the other deadlines): a booking still claiming its sessions long after it began gives back every place
 * it may have claimed and is recorded as given back (nobody was told it was booked: the request that began it
 * died); a moved session whose old place was not given back gives it back. Both are idempotent on the
 * aggregates, so two nodes sweeping at once, or a sweep repeated, change nothing more.
 */
public class CourseRecovery {

    private final CourseRecords courses;
    private final Commands commands;
    private final CentreClock clock;
    private final CourseSettings settings;

    public CourseRecovery(CourseRecords courses, Commands commands, CentreClock clock, CourseSettings settings) {
        this.courses = courses;
        this.commands = commands;
        this.clock = clock;
        this.settings = settings;
    }

    /** Returns how many course bookings it finished. */
    public int sweep() {
        LocalDateTime now = clock.now();
        SessionClaims claims = new SessionClaims(commands);
        List<CourseBookingView> unfinished = courses.unfinishedSince(now.minus(settings.unfinishedAfter()));
        int finished = 0;
        for (CourseBookingView booking : unfinished) {
            courses.course(booking.courseId()).ifPresent(course -> claims.giveBackAll(course.sessions(),
                    booking.reference(), now));
            try {
                commands.send(new AbandonCourseBookingCommand(booking.courseId(), booking.reference(), List.of(), now));
                finished++;
            } catch (CourseRefusal finishedMeanwhile) {
                // the request was only slow, and has finished the booking itself
            }
        }
        for (CourseRecords.StalePlace stale : courses.placesLeftByAMove()) {
            claims.giveBack(stale.sessionId(), stale.sessionReference(), now);
        }
        return finished;
    }
}
