package org.lantern.ui.nightcentre;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.lantern.ui.Api;
import org.lantern.ui.TestClock;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The night centre's API as the tests use it. */
final class NightClient {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Api api;

    NightClient(Api api) {
        this.api = api;
    }

    /** Moves the clock to the afternoon before a night: a fresh date may lie beyond the 14 bookable nights. */
    static void theAfternoonOf(TestClock clock, LocalDate night) {
        clock.set(night.atTime(15, 0).atZone(LONDON).toInstant());
    }

    static void at(TestClock clock, java.time.LocalDateTime time) {
        clock.set(time.atZone(LONDON).toInstant());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> booked(LocalDate night, String pseudonym) {
        return api.bookNight(night, "rest", pseudonym).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> waitlisted(LocalDate night, String pseudonym) {
        return api.bookNight(night, "rest", pseudonym, "waitlist", true).expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> look(Map<String, Object> booking) {
        return api.client().get().uri("/api/v1/night-bookings/{r}", booking.get("reference"))
                .header("Booking-Secret", (String) booking.get("secret")).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /**
     * Waits until the booking shows this status: a sweep's commands, and the offer that follows a cancellation,
     * reach the read model a moment after the request that caused them has answered.
     */
    void awaitStatus(Map<String, Object> booking, String status) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> status.equals(status(booking)));
    }

    String status(Map<String, Object> booking) {
        return (String) look(booking).get("status");
    }

    WebTestClient.ResponseSpec accept(Map<String, Object> booking) {
        return api.client().post().uri("/api/v1/night-bookings/{r}/accept", booking.get("reference"))
                .header("Booking-Secret", (String) booking.get("secret")).exchange();
    }

    void cancel(Map<String, Object> booking) {
        api.client().delete().uri("/api/v1/night-bookings/{r}", booking.get("reference"))
                .header("Booking-Secret", (String) booking.get("secret")).exchange().expectStatus().isNoContent();
    }

    WebTestClient.ResponseSpec check(WebTestClient staff, Map<String, Object> booking, String inOrOut,
                                     Map<String, Object> body) {
        return staff.post().uri("/api/v1/night-bookings/{r}/" + inOrOut, booking.get("reference"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec roster(WebTestClient staff, LocalDate night, String... usernames) {
        return staff.put().uri("/api/v1/nights/{d}/roster", night).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("childcareStaff", List.of(usernames))).exchange();
    }
}
