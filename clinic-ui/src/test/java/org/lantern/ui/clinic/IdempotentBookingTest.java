package org.lantern.ui.clinic;

import org.lantern.application.booking.Hashes;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Race;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A retry with the same Idempotency-Key (a flaky connection, a double tap) books nothing more. */
@LanternIntegrationTest
class IdempotentBookingTest {

    @Autowired
    Api api;
    @Autowired
    MongoDatabase lanternDatabase;

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

        List<Integer> statuses = Race.race(6, i -> api.bookWithKey(key, sessionId, start, "Bea")
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

    /**
     * The first request with a key is still in flight (made so by hand here). A retry waits for it, then gives
     * up with 409, also when the centre's clock stands still, as the test clock does: the wait once used that
     * clock and would then have waited for ever, holding the person's browser and a worker thread. The booking
     * page says so in plain words. Both retries wait at once, so the test takes the 20 s only once.
     */
    @Test
    void aRetryGivesUpWaitingForAFirstRequestThatNeverFinishes() throws Exception {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "14:00", "15:00", 30, 5);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        String apiKey = Api.key();
        api.bookWithKey(apiKey, sessionId, start, "Flo").expectStatus().isCreated();
        WebTestClient patient = api.client().mutate().responseTimeout(Duration.ofSeconds(60)).build();
        PageSession page = new PageSession(patient);
        page.get("/book/slot?session=" + sessionId + "&start=14:30");
        Map<String, String> form = Map.of("session", sessionId, "start", "14:30", "pseudonym", "Gil",
                "idempotencyKey", Api.key());
        page.post("/book", form, HttpStatus.SEE_OTHER);
        for (String key : List.of(apiKey, form.get("idempotencyKey"))) {
            lanternDatabase.getCollection("idempotency_keys").updateOne(new Document("_id",
                    Hashes.sha256(key)), new Document("$set", new Document("state", "pending")));
        }

        CompletableFuture<String> pageRetry = CompletableFuture.supplyAsync(
                () -> page.post("/book", form, HttpStatus.CONFLICT));
        Api.bookWithKey(patient, apiKey, sessionId, start, "Flo").expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(pageRetry.get(60, TimeUnit.SECONDS)).contains("still going through")
                .doesNotContain("Idempotency-Key");
        assertThat(api.availability("sexual-health", date, date)).extracting(slot -> slot.get("free"))
                .containsExactly(4, 4);
    }
}
