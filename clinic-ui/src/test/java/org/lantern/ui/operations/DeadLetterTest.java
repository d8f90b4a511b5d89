package org.lantern.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A projection that fails on one event parks it, and every later event of the same aggregate, instead of skipping
 * it; other aggregates go on. After the cause is fixed, a manager's retry applies them, in their order.
 */
@LanternIntegrationTest
class DeadLetterTest {

    static final String GROUP = "flaky-test";

    /** A projection that fails for one session's events while told to (a cause a manager can fix). */
    @ProcessingGroup(GROUP)
    static class FlakyProjection {
        volatile String failFor;
        final List<String> applied = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(SlotBookedEvent event) {
            if (event.sessionId().equals(failFor)) {
                throw new IllegalStateException("the read model cannot take this now");
            }
            applied.add(event.reference());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Flaky {
        @Bean
        FlakyProjection flakyProjection() {
            return new FlakyProjection();
        }
    }

    @Autowired
    Api api;
    @Autowired
    FlakyProjection flaky;

    @Test
    void aFailingEventIsParkedWithItsSequenceAndAppliedInOrderAfterARetry() {
        LocalDate date = Api.freshDate();
        String failing = api.schedule(date, "09:00", "10:00", 30, 5);
        String healthy = api.schedule(Api.freshDate(), "09:00", "10:00", 30, 5);
        String failingStart = (String) api.availability("sexual-health", date, date).get(0).get("start");
        LocalDate otherDate = java.time.LocalDate.parse(healthy.substring(0, 10));
        String healthyStart = (String) api.availability("sexual-health", otherDate, otherDate).get(0).get("start");
        flaky.failFor = failing;

        String first = (String) api.booked(failing, failingStart, "First").get("reference");
        String second = (String) api.booked(failing, failingStart, "Second").get("reference");
        String other = (String) api.booked(healthy, healthyStart, "Other").get("reference");

        await().atMost(Duration.ofSeconds(30)).until(() -> flaky.applied.contains(other));
        await().atMost(Duration.ofSeconds(30)).until(() -> parkedEvents() == 2);
        assertThat(flaky.applied).doesNotContain(first, second);

        flaky.failFor = null;
        api.admin().post().uri("/api/v1/dead-letters/{g}/retry", GROUP).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.sequencesApplied").isEqualTo(1).jsonPath("$.eventsStillParked").isEqualTo(0);

        assertThat(flaky.applied).containsSubsequence(first, second);
        assertThat(parkedEvents()).isZero();
    }

    @Test
    void aRetryOfAProjectionThatDoesNotExistIsNotFound() {
        api.admin().post().uri("/api/v1/dead-letters/no-such-projection/retry").exchange()
                .expectStatus().isNotFound();
    }

    @SuppressWarnings("unchecked")
    private long parkedEvents() {
        List<Map<String, Object>> all = api.admin().get().uri("/api/v1/dead-letters").exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        return all.stream().filter(p -> GROUP.equals(p.get("processingGroup")))
                .mapToLong(p -> ((Number) p.get("events")).longValue()).sum();
    }
}
