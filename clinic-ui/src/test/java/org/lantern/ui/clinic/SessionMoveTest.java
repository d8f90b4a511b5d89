package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.application.reminders.ReminderMessage;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.reminders.RecordingReminderSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The centre moves a whole session: its bookings follow to the same place in the new session (reference and secret
 * unchanged), each person is told the new time discreetly and reads the reason on their booking page, the old
 * session is gone. Bad input changes nothing.
 */
@LanternIntegrationTest
class SessionMoveTest {

    static final String REASON = "The clinician can only come in the afternoon.";

    @Autowired
    Api api;
    @Autowired
    RecordingReminderSender sender;

    @Test
    @SuppressWarnings("unchecked")
    void aSessionMovedTakesItsBookingsAlongAndTellsThePeopleBooked() {
        LocalDate date = Api.freshDate();
        LocalDate later = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "11:00", 30, 2);
        List<Map<String, Object>> slots = api.availability("sexual-health", date, date);
        Map<String, Object> first = book(sessionId, (String) slots.get(0).get("start"), "Early Zed", "+447700901201");
        Map<String, Object> second = api.booked(sessionId, (String) slots.get(1).get("start"), "Second Sol");

        Map<String, Object> answer = move(sessionId, later.toString(), "14:00", REASON).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(answer).containsEntry("bookingsMoved", 2).containsEntry("bookingsCancelled", 0)
                .containsEntry("peopleTold", 1);
        assertThat(OffsetDateTime.parse(startOf(first)).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(OffsetDateTime.parse(startOf(second)).toLocalTime()).isEqualTo(LocalTime.of(14, 30));
        assertThat(OffsetDateTime.parse(startOf(second)).toLocalDate()).isEqualTo(later);
        assertThat(api.availability("sexual-health", date, date)).noneMatch(s -> sessionId.equals(s.get("sessionId")));
        String movedTo = (String) answer.get("movedTo");
        assertThat(api.availability("sexual-health", later, later)).filteredOn(s -> movedTo.equals(s.get("sessionId")))
                .extracting(s -> s.get("free")).containsExactly(1, 1);

        List<String> texts = sender.recorded().stream().filter(m -> m.to().value().equals("+447700901201"))
                .map(ReminderMessage::text).toList();
        assertThat(texts).singleElement().asString().contains((String) first.get("reference")).contains("14:00")
                .doesNotContain("Zed").doesNotContainIgnoringCase("sexual").doesNotContain("afternoon");

        Browser person = api.browser();
        person.get("/my-booking");
        String page = person.post("/my-booking", Map.of("reference", (String) second.get("reference"),
                "secret", (String) second.get("secret"))).getResponseBody();
        assertThat(page).contains("id=\"centre-reason\"").contains("only come in the afternoon").contains("14:30");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "11:00", 30, 2);
        Map<String, Object> kept = api.booked(sessionId,
                (String) api.availability("sexual-health", date, date).get(0).get("start"), "Stays Put");

        move(sessionId, date.toString(), "10:00", REASON).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("error.move-same-time");
        move(sessionId, "next week", "10:00", REASON).expectStatus().isBadRequest();
        move(sessionId, date.toString(), "ten", REASON).expectStatus().isBadRequest();
        move(sessionId, date.toString(), "15:00", "").expectStatus().isBadRequest();
        move(sessionId, LocalDate.now().minusDays(3).toString(), "10:00", REASON).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("refused.SESSION_IN_PAST");
        move("2026-12-01~nosuch22", date.toString(), "15:00", REASON).expectStatus().isNotFound();

        assertThat(OffsetDateTime.parse(startOf(kept)).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(api.availability("sexual-health", date, date)).filteredOn(s -> sessionId.equals(s.get("sessionId")))
                .hasSize(2);
        assertThat(api.availability("sexual-health", date, date)).filteredOn(s -> !sessionId.equals(s.get("sessionId")))
                .isEmpty();
    }

    private WebTestClient.ResponseSpec move(String sessionId, String date, String start, String reason) {
        return api.admin().post().uri("/api/v1/sessions/{s}/move", sessionId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("date", date, "start", start, "reason", reason)).exchange();
    }

    @SuppressWarnings("unchecked")
    private String startOf(Map<String, Object> booking) {
        return (String) api.client().get().uri("/api/v1/bookings/{r}", booking.get("reference"))
                .header("Booking-Secret", (String) booking.get("secret")).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("start");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> book(String sessionId, String start, String pseudonym, String contact) {
        return api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", pseudonym, "contact", contact))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }
}
