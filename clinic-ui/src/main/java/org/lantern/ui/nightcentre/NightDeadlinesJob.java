package org.lantern.ui.nightcentre;

import org.lantern.application.nightcentre.NightDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the night centre's deadline sweep every {@code lantern.night.sweep-every}. The sweep reads what is due
 * from the read model, so a restart or a second node only means the next run catches up.
 */
@Component
class NightDeadlinesJob {

    private static final Logger log = LoggerFactory.getLogger(NightDeadlinesJob.class);

    private final NightDeadlines deadlines;

    NightDeadlinesJob(NightDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Scheduled(initialDelayString = "${lantern.night.first-sweep-after:PT30S}",
            fixedDelayString = "${lantern.night.sweep-every:PT30S}")
    void scheduled() {
        int sent = deadlines.sweep();
        if (sent > 0) {
            log.info("Night deadlines: {} night(s) had offers to pass on or places to release", sent);
        }
    }
}
