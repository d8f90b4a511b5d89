package org.lantern.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.lantern.application.audit.AuditEvent;
import org.lantern.ui.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;

/** Retry records and audit events go when their time is up, on the embedded store too (it ignores TTL indexes). */
@LanternIntegrationTest
class ExpiredRecordsTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;
    @Autowired
    ExpiredRecordsJob job;
    @Autowired
    AuditLog audit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aRetryRecordIsForgottenADayLater() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "10:30", 30, 5);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        String key = Api.key();
        api.bookWithKey(key, sessionId, start, "Orla").expectStatus().isCreated();
        api.bookWithKey(key, sessionId, start, "Someone new").expectStatus().isEqualTo(422);

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        api.bookWithKey(key, sessionId, start, "Someone new").expectStatus().isEqualTo(422);
        job.deleteExpired();

        api.bookWithKey(key, sessionId, start, "Someone new").expectStatus().isCreated();
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(3);
    }

    @Test
    void anAuditEventIsKeptForItsTimeAndThenDeleted() {
        String subject = "expiry-" + UUID.randomUUID();
        Instant recorded = clock.instant();
        audit.record(AuditEvent.Type.ACCOUNT_CREATED, "admin", subject, null, null);

        clock.set(recorded.plus(Duration.ofDays(399)));
        job.deleteExpired();
        assertThat(audit.recent(AuditLog.MAX_PAGE, null)).anyMatch(e -> subject.equals(e.subject()));

        clock.set(recorded.plus(Duration.ofDays(401)));
        job.deleteExpired();
        assertThat(audit.recent(AuditLog.MAX_PAGE, null)).noneMatch(e -> subject.equals(e.subject()));
    }
}
