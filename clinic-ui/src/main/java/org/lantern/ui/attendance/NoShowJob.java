package org.lantern.ui.attendance;

import org.lantern.application.attendance.NoShowSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the no-show sweep every {@code lantern.attendance.sweep-every}. Every node may run it: the sessions make
 * a second marking a no-op, so nothing needs electing. Logs a count only.
 */
@Component
class NoShowJob {

    private static final Logger log = LoggerFactory.getLogger(NoShowJob.class);

    private final NoShowSweep sweep;

    NoShowJob(NoShowSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(initialDelayString = "${lantern.attendance.first-sweep-after:PT30S}",
            fixedDelayString = "${lantern.attendance.sweep-every:PT30S}")
    void scheduled() {
        int marked = sweep.sweep();
        if (marked > 0) {
            log.info("No-show sweep: {} booking(s) marked did not come", marked);
        }
    }
}
