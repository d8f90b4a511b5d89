package org.lantern.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The default limits (docs/security.md): 20 bookings an hour, 30 look-ups in 10 minutes, 10 sign-ins. */
@LanternIntegrationTest
class RateLimitTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static WebTestClient.ResponseSpec badBooking(WebTestClient client) {
        return client.post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", "none", "start", "2030-01-01T10:00:00Z", "pseudonym", "<b>"))
                .exchange();
    }

    @Test
    void bookingFromOneAddressIsLimitedAndRecoversAfterTheWindow() {
        WebTestClient client = api.client();
        for (int i = 0; i < 20; i++) {
            badBooking(client).expectStatus().isBadRequest();
        }
        badBooking(client).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", v -> assertThat(Long.parseLong(v)).isBetween(1L, 3600L))
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("try again"))
                .jsonPath("$.code").isEqualTo("problem.429");
        badBooking(api.client()).expectStatus().isBadRequest();

        Browser page = new Browser(client);
        EntityExchangeResult<String> refused = page.postWithoutToken("/book", Map.of("session", "none"));
        assertThat(refused.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getResponseHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(refused.getResponseBody()).contains("pausing for a moment").contains("id=\"quick-exit\"");

        clock.advance(Duration.ofHours(1));
        badBooking(client).expectStatus().isBadRequest();
    }

    @Test
    void lookingUpWithSecretsIsLimitedPerAddress() {
        WebTestClient client = api.client();
        for (int i = 0; i < 30; i++) {
            client.get().uri("/api/v1/bookings/{r}", "NOPE" + i).header("Booking-Secret", "X").exchange()
                    .expectStatus().isNotFound();
        }
        client.delete().uri("/api/v1/bookings/{r}", "NOPE").header("Booking-Secret", "X").exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS).expectHeader().exists("Retry-After");
        Browser page = new Browser(client);
        assertThat(page.postWithoutToken("/my-booking", Map.of()).getStatus())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        clock.advance(Duration.ofMinutes(10));
        client.get().uri("/api/v1/bookings/{r}", "NOPE").header("Booking-Secret", "X").exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void signingInIsLimitedOnTheFormAndFailedBasicSignInsOnTheApi() {
        Browser browser = api.browser();
        browser.get("/staff/sign-in");
        for (int i = 0; i < 10; i++) {
            EntityExchangeResult<String> failed = browser.post("/staff/sign-in",
                    Map.of("username", "nobody", "password", "wrong password " + i));
            assertThat(failed.getResponseHeaders().getLocation()).hasToString("/staff/sign-in?error");
        }
        EntityExchangeResult<String> limited = browser.post("/staff/sign-in",
                Map.of("username", LanternIntegrationTest.ADMIN, "password", LanternIntegrationTest.ADMIN_PASSWORD));
        assertThat(limited.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(limited.getResponseHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(limited.getResponseBody()).contains("too many sign-in attempts");

        String address = Api.freshAddress();
        for (int i = 0; i < 10; i++) {
            api.from(address).get().uri("/api/v1/staff").headers(h -> h.setBasicAuth("admin", "wrong"))
                    .exchange().expectStatus().isUnauthorized();
        }
        api.from(address).get().uri("/api/v1/staff")
                .headers(h -> h.setBasicAuth(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD))
                .exchange().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON).expectHeader().exists("Retry-After");

        clock.advance(Duration.ofMinutes(10));
        api.from(address).get().uri("/api/v1/staff")
                .headers(h -> h.setBasicAuth(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD))
                .exchange().expectStatus().isOk();
        assertThat(browser.signIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD)
                .getResponseHeaders().getLocation()).hasToString("/staff");
    }

    @Test
    void aReferenceRefusesLookUpsAfterFiveWrongSecretsWhetherItExistsOrNot() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "15:00", "15:30", 30, 2);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        Map<String, Object> booked = api.booked(sessionId, start, "Ana");
        String reference = (String) booked.get("reference");
        String secret = (String) booked.get("secret");
        String unknown = new org.lantern.application.booking.BookingCodes().reference();

        for (String ref : List.of(reference, unknown)) {
            for (int i = 0; i < 5; i++) {
                api.client().get().uri("/api/v1/bookings/{r}", ref).header("Booking-Secret", "WRONG" + i)
                        .exchange().expectStatus().isNotFound();
            }
        }
        List<String> answers = new ArrayList<>();
        for (String ref : List.of(reference, unknown)) {
            byte[] body = api.client().get().uri("/api/v1/bookings/{r}", ref).header("Booking-Secret", secret)
                    .exchange().expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                    .expectHeader().exists("Retry-After")
                    .expectBody().jsonPath("$.code").isEqualTo("problem.reference-locked")
                    .returnResult().getResponseBody();
            answers.add(new String(body).replaceAll("\"instance\":\"[^\"]*\",?", ""));
        }
        assertThat(answers.get(0)).isEqualTo(answers.get(1));

        Browser page = api.browser();
        page.get("/my-booking");
        EntityExchangeResult<String> locked = page.post("/my-booking", Map.of("reference", reference, "secret", secret));
        assertThat(locked.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(locked.getResponseHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(locked.getResponseBody()).contains("too many tries for this reference").doesNotContain(secret);
        api.client().delete().uri("/api/v1/bookings/{r}", reference).header("Booking-Secret", secret).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        clock.advance(Duration.ofMinutes(15));
        api.client().get().uri("/api/v1/bookings/{r}", reference).header("Booking-Secret", secret).exchange()
                .expectStatus().isOk();
    }

    /**
     * Issue 13, item 10: people who share an address (the centre's Wi-Fi, a mobile carrier's) are not refused at
     * the ninth booking; at twelve a manager sees it on the audit page; forty is the hard cap for one address.
     */
    @Test
    @SuppressWarnings("unchecked")
    void manyPeopleOnOneAddressCanBookAManagerHearsOfItAndFortyIsTheCap() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "09:00", "09:30", 30, 50);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        WebTestClient sharedWifi = api.client();
        List<Map<?, ?>> held = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            held.add(book(sharedWifi, sessionId, start).expectStatus().isCreated().expectBody(Map.class)
                    .returnResult().getResponseBody());
        }
        List<Map<String, Object>> audit = api.admin().get().uri("/api/v1/audit?limit=200").exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.get("type")).isEqualTo("MANY_BOOKINGS_FROM_ONE_ADDRESS");
            assertThat(e.get("detail")).isEqualTo("upcoming=12");
            assertThat(e.get("address")).isNull();
        });

        for (int i = 13; i < 40; i++) {
            if (i % 15 == 0) {
                clock.advance(Duration.ofHours(1)); // the hourly booking rate limit, which this does not test
            }
            book(sharedWifi, sessionId, start).expectStatus().isCreated();
        }
        clock.advance(Duration.ofHours(1));
        book(sharedWifi, sessionId, start).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("error.booking-cap");
        book(api.client(), sessionId, start).expectStatus().isCreated();

        sharedWifi.delete().uri("/api/v1/bookings/{r}", held.get(0).get("reference"))
                .header("Booking-Secret", (String) held.get(0).get("secret")).exchange().expectStatus().isNoContent();
        book(sharedWifi, sessionId, start).expectStatus().isCreated();
    }

    private static WebTestClient.ResponseSpec book(WebTestClient client, String sessionId, String start) {
        return client.post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", "Capped")).exchange();
    }
}
