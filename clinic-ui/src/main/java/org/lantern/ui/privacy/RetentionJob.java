package org.lantern.ui.privacy;

import org.lantern.application.privacy.Retention;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The timer of the retention use case ({@link Retention}); its period is a setting (docs/privacy.md). */
@Component
public class RetentionJob {

    private final Retention retention;

    RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(initialDelayString = "${lantern.privacy.first-check-after:PT1M}",
            fixedDelayString = "${lantern.privacy.retention-check-every:PT1H}")
    void scheduled() {
        eraseExpired();
    }

    /** Erases every booking past its retention; returns how many it erased. */
    public int eraseExpired() {
        return retention.eraseExpired();
    }
}
