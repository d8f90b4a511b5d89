package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Edges a person or a client can reach: they get a clear answer, never a 500, and change nothing. */
@LanternIntegrationTest
class EdgeCasesTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;
    @Autowired
    MongoDatabase lanternDatabase;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void datesAtTheEndOfTheCalendarAreBadRequests() {
        api.client().get().uri("/api/v1/availability?service=sexual-health&from=%2B999999999-12-31&to=%2B999999999-12-31")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.book("2030-01-01~abcdefgh", "+999999999-12-31T23:59:59-18:00", "Far Future").expectStatus()
                .isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anOversizedFormGetsAKindPageNotAnError() {
        org.lantern.ui.Browser browser = api.browser();
        browser.get("/my-booking");
        var answer = browser.post("/my-booking", Map.of("reference", "A".repeat(400_000), "secret", "x"));
        assertThat(answer.getStatus().value()).isEqualTo(413);
        assertThat(answer.getResponseBody()).contains("more than we can take at once").contains("id=\"quick-exit\"");
    }

    @Test
    void aRetryOfTheLastBookingTheCapAllowedStillGetsItsAnswer() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "09:00", "10:00", 30, 10);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        // the cap per reminder contact (6): the per-address cap is high on purpose (docs/security.md)
        String contact = "+4477009" + String.format("%05d", date.getDayOfYear() * 7 % 100000);
        List<Map<?, ?>> answers = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            keys.add(Api.key());
            answers.add(withContact(keys.get(i), sessionId, start, "Capped " + i, contact)
                    .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());
        }
        withContact(Api.key(), sessionId, start, "One more", contact).expectStatus().isEqualTo(409);

        Map<?, ?> retry = withContact(keys.get(5), sessionId, start, "Capped 5", contact)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(retry).isEqualTo(answers.get(5));
    }

    private WebTestClient.ResponseSpec withContact(String key, String sessionId, String start, String pseudonym,
                                                   String contact) {
        return api.client().post().uri("/api/v1/bookings").header("Idempotency-Key", key)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", pseudonym, "contact", contact))
                .exchange();
    }

    @Test
    void aBookingWhoseTimeHasStartedCannotBeCancelled() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "11:00", "11:30", 30, 1);
        Map<String, Object> booked = api.booked(sessionId,
                (String) api.availability("sexual-health", date, date).get(0).get("start"), "Late Canceller");
        clock.set(date.atTime(11, 5).atZone(ZoneId.of("Europe/London")).toInstant());

        api.client().delete().uri("/api/v1/bookings/{r}", booked.get("reference"))
                .header("Booking-Secret", (String) booked.get("secret")).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("refused.BOOKING_STARTED");
        api.client().get().uri("/api/v1/bookings/{r}", booked.get("reference"))
                .header("Booking-Secret", (String) booked.get("secret")).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("booked");
    }

    @Test
    void aRefusalWithNobodySignedInKeepsNoAddressInTheAuditLog() {
        api.client().post().uri("/my-booking/forget/confirm").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("reference=ABCDEF&secret=XYZXYZXYZX").exchange().expectStatus().isForbidden();

        Document refused = lanternDatabase.getCollection("audit_events")
                .find(new Document("type", "ACCESS_REFUSED").append("detail", "POST /my-booking/forget/confirm"))
                .sort(new Document("at", -1)).first();
        assertThat(refused).isNotNull();
        assertThat(refused.get("address")).isNull();
    }
}
