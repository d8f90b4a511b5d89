package org.lantern.ui.needs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A person's needs follow their booking when it moves, by their own hand or with the session the centre moved:
 * staff see them at the new time, and no longer at the old one, on the day list (API and page), the dashboard's
 * "To arrange" and the reception board.
 */
@LanternIntegrationTest
class NeedsFollowMovesTest {

    private static final String PASSWORD = "needs follow password";
    private static final String DESK = "needs-follow-desk";
    private static final String LANGUAGE = "Icelandic";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired Api api;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBookingMovedByItsHolderShowsItsNeedsAtTheNewTimeOnly() {
        LocalDate today = morningOfAFreshDay();
        String early = api.schedule("sexual-health", today, "10:00", "10:30", 30, 1);
        String late = api.schedule("sexual-health", today, "14:00", "14:30", 30, 1);
        Map<String, Object> booked = bookWithNeeds(early, CentreTimes.london(today, 10, 0));
        awaitShownAt(today, CentreTimes.london(today, 10, 0));

        api.client().post().uri("/api/v1/bookings/{r}/move", booked.get("reference"))
                .header("Booking-Secret", (String) booked.get("secret")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("start", CentreTimes.london(today, 14, 0))).exchange().expectStatus().isOk();

        awaitShownAt(today, CentreTimes.london(today, 14, 0));
        assertThat(dashboardLine(late).path("arrangements")).hasSize(1);
        assertThat(dashboardLine(early).path("arrangements")).isEmpty();
        pagesShowTheNeeds(today);
    }

    @Test
    void aSessionMovedByTheCentreTakesItsBookingsNeedsToTheNewTime() {
        LocalDate today = morningOfAFreshDay();
        String session = api.schedule("sexual-health", today, "10:00", "10:30", 30, 1);
        bookWithNeeds(session, CentreTimes.london(today, 10, 0));
        awaitShownAt(today, CentreTimes.london(today, 10, 0));

        api.admin().post().uri("/api/v1/sessions/{s}/move", session).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("date", today.toString(), "start", "15:00", "reason", "The clinician is late"))
                .exchange().expectStatus().isOk();

        awaitShownAt(today, CentreTimes.london(today, 15, 0));
        pagesShowTheNeeds(today);
    }

    private LocalDate morningOfAFreshDay() {
        LocalDate today = Api.freshDate();
        clock.set(today.atTime(8, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        api.admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", DESK, "password", PASSWORD, "roles", List.of("RECEPTION"))).exchange()
                .expectStatus().value(status -> assertThat(status).isIn(201, 400, 409));
        return today;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> bookWithNeeds(String session, String start) {
        return api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", session, "start", start, "pseudonym", "Moving Merlin",
                        "needs", Map.of("interpreter", LANGUAGE, "access", List.of("step-free"))))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The needs stand at this time, and only there, on the day list, the dashboard and the board. */
    private void awaitShownAt(LocalDate today, String start) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(dayListTimes(today)).containsExactly(instant(start));
            assertThat(dashboardTimes()).containsExactly(instant(start));
            assertThat(boardTimes()).containsExactly(instant(start));
        });
    }

    private void pagesShowTheNeeds(LocalDate today) {
        Browser page = api.browser();
        page.signIn(DESK, PASSWORD);
        assertThat(page.get("/staff/day-list?date=" + today + "&service=sexual-health").getResponseBody())
                .contains(LANGUAGE, "Step-free access");
        assertThat(page.get("/staff/dashboard").getResponseBody()).contains(LANGUAGE, "Step-free access");
        assertThat(page.get("/staff/board").getResponseBody()).contains(LANGUAGE);
    }

    private List<OffsetDateTime> dayListTimes(LocalDate date) {
        List<OffsetDateTime> times = new ArrayList<>();
        for (JsonNode session : read(desk().get().uri("/api/v1/day-list?date={d}&service=sexual-health", date))
                .path("sessions")) {
            for (JsonNode slot : session.path("slots")) {
                for (JsonNode booking : slot.path("bookings")) {
                    if (LANGUAGE.equals(booking.path("needs").path("interpreter").asText())) {
                        times.add(instant(slot.path("start").asText()));
                    }
                }
            }
        }
        return times;
    }

    private List<OffsetDateTime> dashboardTimes() {
        return timesOfNeeds(read(desk().get().uri("/api/v1/dashboard")).path("sessions"), "arrangements");
    }

    private JsonNode dashboardLine(String sessionId) {
        for (JsonNode line : read(desk().get().uri("/api/v1/dashboard")).path("sessions")) {
            if (sessionId.equals(line.path("sessionId").asText())) {
                return line;
            }
        }
        throw new AssertionError("no dashboard line for the session");
    }

    private List<OffsetDateTime> boardTimes() {
        return timesOfNeeds(read(desk().get().uri("/api/v1/board")).path("services"), "arrivals");
    }

    /** The starts of the entries, in each line's list of that name, that carry the person's interpreter. */
    private static List<OffsetDateTime> timesOfNeeds(JsonNode lines, String entries) {
        List<OffsetDateTime> times = new ArrayList<>();
        for (JsonNode line : lines) {
            for (JsonNode entry : line.path(entries)) {
                if (LANGUAGE.equals(entry.path("interpreter").asText())) {
                    times.add(instant(entry.path("start").asText()));
                }
            }
        }
        return times;
    }

    private WebTestClient desk() {
        return api.as(DESK, PASSWORD);
    }

    private static JsonNode read(WebTestClient.RequestHeadersSpec<?> request) {
        String body = request.exchange().expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Times compared as instants: the API may write the offset or Z. */
    private static OffsetDateTime instant(String text) {
        return OffsetDateTime.parse(text).withOffsetSameInstant(java.time.ZoneOffset.UTC);
    }
}
