package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A retry with the same Idempotency-Key (a flaky connection, a double tap) books nothing more. */
@LanternIntegrationTest
class IdempotentBookingTest {

    @Autowired
    Api api;

    @Test
    void aRetryAnswersWithTheFirstBookingAndBooksNothingMore() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "10:30", 30, 5);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        String key = Api.key();

        Map<?, ?> first = api.bookWithKey(key, sessionId, start, "Ada").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> retry = api.bookWithKey(key, sessionId, start, "Ada").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(retry).isEqualTo(first);
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(4);
    }

    @Test
    void simultaneousRetriesAllGetTheOneBooking() throws Exception {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "11:00", "11:30", 30, 5);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        String key = Api.key();

        List<Integer> statuses = ConcurrentBookingTest.race(6, i -> api.bookWithKey(key, sessionId, start, "Bea")
                .returnResult(String.class).getStatus().value());

        assertThat(statuses).containsOnly(201);
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(4);
    }

    @Test
    void theSameKeyForADifferentBookingIsRefusedAndChangesNothing() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "12:00", "12:30", 30, 5);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        String key = Api.key();
        api.bookWithKey(key, sessionId, start, "Cy").expectStatus().isCreated();

        api.bookWithKey(key, sessionId, start, "Someone else").expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(4);
    }

    @Test
    void aRefusedAttemptCanBeRetriedWithTheSameKey() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "13:00", "13:30", 30, 1);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        Map<?, ?> taken = api.booked(sessionId, start, "Early");
        String key = Api.key();
        api.bookWithKey(key, sessionId, start, "Late").expectStatus().isEqualTo(409);

        api.client().delete().uri("/api/v1/bookings/{r}", taken.get("reference"))
                .header("Booking-Secret", (String) taken.get("secret")).exchange().expectStatus().isNoContent();
        api.bookWithKey(key, sessionId, start, "Late").expectStatus().isCreated();
    }
}
