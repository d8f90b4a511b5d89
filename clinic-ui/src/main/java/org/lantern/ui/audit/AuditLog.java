package org.lantern.ui.audit;

import org.lantern.application.audit.AuditEvent;
import org.lantern.application.audit.AuditStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.lantern.ui.web.Blocking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Security events a manager can review, in the audit_events collection; kept for a configurable time. */
@Component
public class AuditLog {

    public static final int MAX_PAGE = 200;
    private static final int MAX_DETAIL = 200;
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditStore store;
    private final Clock clock;
    private final Duration keptFor;

    AuditLog(AuditStore store, Clock clock, @Value("${lantern.audit.kept-for:400d}") Duration keptFor) {
        this.store = store;
        this.clock = clock;
        this.keptFor = keptFor;
    }

    /** Blocking: call it off the event loop, or use {@link #recordLater}. */
    public void record(AuditEvent.Type type, String actor, String subject, String address, String detail) {
        Instant now = clock.instant();
        store.add(new AuditEvent(now, type, actor, subject, address, shorten(detail)), now.plus(keptFor));
        log.info("audit {} actor={} subject={}", type, actor, subject);
    }

    /** Records without holding up the answer; a failure to record is logged, not shown to the person. */
    public Mono<Void> recordLater(AuditEvent.Type type, String actor, String subject, String address,
                                  String detail) {
        return Blocking.call(() -> {
            record(type, actor, subject, address, detail);
            return true;
        }).onErrorResume(e -> {
            log.error("Could not record audit event {}: {}", type, e.getClass().getName());
            return Mono.empty();
        }).then();
    }

    /** The newest events first (ties in order of recording), at most {@code limit}, older than {@code before}. */
    public List<AuditEvent> recent(int limit, Instant before) {
        return store.recent(Math.min(Math.max(limit, 1), MAX_PAGE), before);
    }

    /** The same, only access to the most sensitive bookings and disclosures. */
    public List<AuditEvent> recentSensitive(int limit, Instant before) {
        return store.recentSensitive(Math.min(Math.max(limit, 1), MAX_PAGE), before);
    }

    /** Deletes the events past their time (the embedded store ignores the TTL index); returns how many. */
    public long deleteExpired() {
        return store.deleteExpired(clock.instant());
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }
}
