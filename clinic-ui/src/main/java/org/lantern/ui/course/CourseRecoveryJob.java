package org.lantern.ui.course;

import org.lantern.application.course.CourseRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the course recovery sweep every {@code lantern.course.sweep-every}: course bookings a crash stopped half
 * way give back what they claimed. It reads what is due from the read model, so a restart only means the next
 * run catches up.
 */
@Component
class CourseRecoveryJob {

    private static final Logger log = LoggerFactory.getLogger(CourseRecoveryJob.class);

    private final CourseRecovery recovery;

    CourseRecoveryJob(CourseRecovery recovery) {
        this.recovery = recovery;
    }

    @Scheduled(initialDelayString = "${lantern.course.first-sweep-after:PT30S}",
            fixedDelayString = "${lantern.course.sweep-every:PT30S}")
    void scheduled() {
        int finished = recovery.sweep();
        if (finished > 0) {
            log.info("Course recovery: {} unfinished course booking(s) gave back their sessions", finished);
        }
    }
}
