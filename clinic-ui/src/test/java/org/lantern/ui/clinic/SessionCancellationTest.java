package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.application.reminders.ReminderMessage;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.reminders.RecordingReminderSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The centre calls a session off: its bookings are cancelled with the reason, each person is told through the
 * contact they left with a reminder's discretion (no service, no centre, no pseudonym unless they opted in), reads
 * the reason on their booking page, and reception sees by reference who could not be told.
 */
@LanternIntegrationTest
class SessionCancellationTest {

    static final String REASON = "Our clinician is unwell today, we are sorry.";

    @Autowired
    Api api;
    @Autowired
    RecordingReminderSender sender;

    @Test
    @SuppressWarnings("unchecked")
    void callingASessionOffCancelsItsBookingsAndTellsThePeopleBookedDiscreetly() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule("police-clinic", date, "10:00", "11:00", 20, 2);
        String start = (String) api.availability("police-clinic", date, date).get(0).get("start");
        Map<String, Object> discreet = book(sessionId, start, "Quiet Rosa", "+447700901001", false);
        Map<String, Object> named = book(sessionId, start, "Open Bea", "open.bea@example.org", true);
        Map<String, Object> noContact = api.bookedWithConsent(sessionId,
                (String) api.availability("police-clinic", date, date).get(1).get("start"), "Lone Cy");

        Map<String, Object> answer = cancel(sessionId, REASON).expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();

        assertThat(answer).containsEntry("bookingsCancelled", 3).containsEntry("peopleTold", 2);
        String toRosa = only("+447700901001");
        assertThat(toRosa).contains((String) discreet.get("reference"))
                .doesNotContainIgnoringCase("police").doesNotContain("Lantern").doesNotContain("Rosa")
                .doesNotContain("unwell");
        String toBea = only("open.bea@example.org");
        assertThat(toBea).contains((String) named.get("reference")).doesNotContain("Bea").doesNotContain("unwell");

        for (Map<String, Object> b : List.of(discreet, named, noContact)) {
            api.client().get().uri("/api/v1/bookings/{r}", b.get("reference"))
                    .header("Booking-Secret", (String) b.get("secret")).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("cancelled");
        }
        assertThat(api.availability("police-clinic", date, date)).noneMatch(s -> sessionId.equals(s.get("sessionId")));

        Browser person = api.browser();
        person.get("/my-booking");
        String page = person.post("/my-booking", Map.of("reference", (String) noContact.get("reference"),
                "secret", (String) noContact.get("secret"))).getResponseBody();
        assertThat(page).contains("id=\"centre-reason\"").contains("Our clinician is unwell today");

        api.createStaff("untold-desk", "untold desk password 1", "RECEPTION");
        Browser desk = api.browser();
        desk.signIn("untold-desk", "untold desk password 1");
        String untold = desk.get("/staff/untold").getResponseBody();
        assertThat(untold).contains((String) noContact.get("reference"))
                .doesNotContain((String) discreet.get("reference")).doesNotContain("Lone Cy")
                .doesNotContain("Police clinic");
    }

    @Test
    void callingOffTwiceAnswersNoneTheSecondTime() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "11:00", 30, 1);
        api.booked(sessionId, (String) api.availability("sexual-health", date, date).get(0).get("start"), "Twice");
        cancel(sessionId, REASON).expectStatus().isOk().expectBody().jsonPath("$.bookingsCancelled").isEqualTo(1);
        cancel(sessionId, REASON).expectStatus().isOk().expectBody().jsonPath("$.bookingsCancelled").isEqualTo(0);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "11:00", 30, 1);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        Map<String, Object> kept = api.booked(sessionId, start, "Kept");

        cancel(sessionId, "").expectStatus().isBadRequest().expectBody().jsonPath("$.code")
                .isEqualTo("error.cancel-reason");
        cancel(sessionId, "<b>no</b>").expectStatus().isBadRequest();
        cancel(sessionId, "x".repeat(201)).expectStatus().isBadRequest();
        cancel("2026-12-01~nosuch22", REASON).expectStatus().isNotFound();
        api.admin().method(HttpMethod.DELETE).uri("/api/v1/sessions/{s}", sessionId)
                .contentType(MediaType.TEXT_PLAIN).bodyValue("off").exchange().expectStatus().is4xxClientError();

        api.client().get().uri("/api/v1/bookings/{r}", kept.get("reference"))
                .header("Booking-Secret", (String) kept.get("secret")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("booked");
        assertThat(api.availability("sexual-health", date, date)).anyMatch(s -> sessionId.equals(s.get("sessionId")));
    }

    private WebTestClient.ResponseSpec cancel(String sessionId, String reason) {
        return api.admin().method(HttpMethod.DELETE).uri("/api/v1/sessions/{s}", sessionId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", reason)).exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> book(String sessionId, String start, String pseudonym, String contact,
                                     boolean mayName) {
        return api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", pseudonym, "contact", contact,
                        "remindersMayNameService", mayName, "consent", true))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private String only(String contact) {
        List<String> texts = sender.recorded().stream().filter(m -> m.to().value().equals(contact))
                .map(ReminderMessage::text).toList();
        assertThat(texts).hasSize(1);
        return texts.get(0);
    }
}
