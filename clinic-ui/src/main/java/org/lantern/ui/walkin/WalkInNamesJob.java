package org.lantern.ui.walkin;

import org.lantern.application.walkin.WalkInNameErasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Erases walk-ins' pseudonyms of earlier days, on the retention job's schedule. Logs a count only. */
@Component
public class WalkInNamesJob {

    private static final Logger log = LoggerFactory.getLogger(WalkInNamesJob.class);

    private final WalkInNameErasure erasure;

    WalkInNamesJob(WalkInNameErasure erasure) {
        this.erasure = erasure;
    }

    @Scheduled(initialDelayString = "${lantern.privacy.first-check-after:PT1M}",
            fixedDelayString = "${lantern.privacy.retention-check-every:PT1H}")
    void scheduled() {
        eraseEarlierDays();
    }

    public int eraseEarlierDays() {
        int erased = erasure.eraseEarlierDays();
        log.info("Walk-ins: erased the pseudonym of {} ticket(s) of earlier days", erased);
        return erased;
    }
}
