package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Rule 4: each role sees what its work needs. The day list names people in time order for the clinic's staff;
 * the police clinic's list is for the liaison officer (and managers) only; shared screens call it private.
 */
@LanternIntegrationTest
class StaffViewsTest {

    static final String PASSWORD = "staff-views-password";

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDayListShowsSlotsInTimeOrderWithWhoIsBooked() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "09:00", "10:30", 30, 2);
        List<Map<String, Object>> slots = api.availability("sexual-health", date, date);
        api.booked(sessionId, (String) slots.get(2).get("start"), "Late Lark");
        api.booked(sessionId, (String) slots.get(0).get("start"), "Early Bird");
        api.booked(sessionId, (String) slots.get(0).get("start"), "Second Sparrow");

        staff("clin", "CLINICIAN").get().uri("/api/v1/day-list?date={d}&service=sexual-health", date).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.sessions[0].slots.length()").isEqualTo(3)
                .jsonPath("$.sessions[0].slots[0].bookings[*].pseudonym").value(names ->
                        assertThat((List<Object>) names).containsExactlyInAnyOrder("Early Bird", "Second Sparrow"))
                .jsonPath("$.sessions[0].slots[1].bookings.length()").isEqualTo(0)
                .jsonPath("$.sessions[0].slots[2].bookings[0].pseudonym").isEqualTo("Late Lark")
                .jsonPath("$.sessions[0].slots[*].start").value(starts -> assertThat((List<?>) starts)
                        .isSortedAccordingTo((a, b) -> ((String) a).compareTo((String) b)));
    }

    @Test
    void thePoliceClinicListIsForTheLiaisonOfficerOnly() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule("police-clinic", date, "17:00", "17:30", 30, 1);
        api.bookedWithConsent(sessionId, (String) api.availability("police-clinic", date, date).get(0).get("start"),
                "Quiet One");

        for (String role : List.of("CLINICIAN", "RECEPTION", "COUNSELLOR", "NIGHT_STAFF")) {
            staff("no" + role.toLowerCase().replace("_", ""), role).get()
                    .uri("/api/v1/day-list?date={d}&service=police-clinic", date).exchange()
                    .expectStatus().isForbidden().expectBody(String.class)
                    .value(body -> assertThat(body).doesNotContain("Quiet One"));
        }
        staff("liaison", "POLICE_LIAISON").get().uri("/api/v1/day-list?date={d}&service=police-clinic", date)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.sessions[0].slots[0].bookings[0].pseudonym").isEqualTo("Quiet One");
        staff("liaison", "POLICE_LIAISON").get().uri("/api/v1/day-list?date={d}&service=sexual-health", date)
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void sharedScreensShowThePoliceClinicAsAPrivateAppointment() {
        LocalDate today = Api.freshDate();
        clock.set(today.atTime(8, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        api.schedule("police-clinic", today, "17:00", "17:30", 30, 1);

        staff("desk", "RECEPTION").get().uri("/api/v1/dashboard").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("\"service\":\"private\"")
                        .doesNotContain("police"));
        String page = staffPage("desk", "/staff/dashboard");
        assertThat(page).contains("Private appointment").doesNotContainIgnoringCase("police");
    }

    private WebTestClient staff(String name, String role) {
        String username = name + "-" + Integer.toHexString(role.hashCode() & 0xfff);
        api.admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", PASSWORD, "roles", List.of(role)))
                .exchange().expectStatus().value(s -> assertThat(s).isIn(201, 400));
        return api.as(username, PASSWORD);
    }

    private String staffPage(String name, String path) {
        String username = name + "-" + Integer.toHexString("RECEPTION".hashCode() & 0xfff);
        var signIn = api.client().get().uri("/staff/sign-in").exchange().expectBody(String.class).returnResult();
        String csrf = signIn.getResponseBody().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]*)\".*", "$1");
        var cookie = signIn.getResponseCookies().getFirst("SESSION");
        var login = api.client().post().uri("/staff/sign-in").cookie("SESSION", cookie.getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("_csrf=" + csrf + "&username=" + username + "&password=" + PASSWORD)
                .exchange().expectStatus().is3xxRedirection().returnResult(String.class);
        var session = login.getResponseCookies().getFirst("SESSION");
        String value = session != null ? session.getValue() : cookie.getValue();
        return api.client().get().uri(path).cookie("SESSION", value).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
