package org.lantern.ui.privacy;

import org.lantern.ui.audit.AuditLog;
import org.lantern.application.booking.IdempotencyRecords;
import org.lantern.application.booking.CentreClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes retry records and audit events past their time. Real MongoDB does this by itself through the TTL
 * indexes on {@code expiresAt}; the embedded server ignores TTL indexes, so without this job nothing there
 * would ever expire. On real MongoDB it finds nothing, or only what the TTL monitor (once a minute) has not
 * reached yet.
 */
@Component
public class ExpiredRecordsJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiredRecordsJob.class);

    private final AuditLog audit;
    private final IdempotencyRecords retries;
    private final CentreClock clock;

    ExpiredRecordsJob(AuditLog audit, IdempotencyRecords retries, CentreClock clock) {
        this.clock = clock;
        this.audit = audit;
        this.retries = retries;
    }

    @Scheduled(initialDelayString = "${lantern.privacy.first-check-after:PT1M}",
            fixedDelayString = "${lantern.privacy.expiry-check-every:PT1H}")
    void scheduled() {
        deleteExpired();
    }

    /** Deletes what is past its time; returns how many records went. */
    public synchronized long deleteExpired() {
        long retryRecords = retries.deleteExpired(clock.instant());
        long auditEvents = audit.deleteExpired();
        log.info("Expiry: deleted {} retry record(s) and {} audit event(s)", retryRecords, auditEvents);
        return retryRecords + auditEvents;
    }
}
