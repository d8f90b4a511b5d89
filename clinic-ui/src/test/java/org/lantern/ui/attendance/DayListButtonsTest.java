package org.lantern.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The day list's buttons: reception checks in, the session's clinician marks seen, another clinician may not. */
@LanternIntegrationTest
class DayListButtonsTest {

    static final String PASSWORD = "day-list-buttons-password";

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Browser signedIn(String username) {
        Browser browser = api.browser();
        browser.signIn(username, PASSWORD);
        return browser;
    }

    @Test
    void receptionChecksInAndTheSessionsClinicianMarksSeen() {
        LocalDate day = Api.freshDate();
        String owner = "buttons-own-" + day.getDayOfYear();
        String other = "buttons-other-" + day.getDayOfYear();
        api.createStaff(owner, PASSWORD, "CLINICIAN");
        api.createStaff(other, PASSWORD, "CLINICIAN");
        api.createStaff("buttons-desk-" + day.getDayOfYear(), PASSWORD, "RECEPTION");
        String sessionId = (String) api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "date", day.toString(), "start", "10:00", "end", "10:30",
                        "slotMinutes", 30, "placesPerSlot", 1, "clinician", owner))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("sessionId");
        String reference = (String) api.booked(sessionId, CentreTimes.london(day, 10, 0), "Button Bo").get("reference");
        clock.set(day.atTime(9, 55).atZone(ZoneId.of("Europe/London")).toInstant());
        String list = "/staff/day-list?date=" + day + "&service=sexual-health";
        Map<String, String> back = Map.of("date", day.toString(), "service", "sexual-health");

        Browser desk = signedIn("buttons-desk-" + day.getDayOfYear());
        assertThat(desk.get(list).getResponseBody()).contains("/staff/attendance/" + reference + "/arrival");
        assertThat(desk.post("/staff/attendance/" + reference + "/arrival", back).getStatus().value()).isEqualTo(303);
        assertThat(desk.get(list).getResponseBody()).contains(">Arrived<");

        Browser stranger = signedIn(other);
        stranger.get(list);
        assertThat(stranger.post("/staff/attendance/" + reference + "/seen", back).getStatus().value()).isEqualTo(403);

        Browser clinician = signedIn(owner);
        assertThat(clinician.get(list).getResponseBody()).doesNotContain("/arrival\"")
                .contains("/staff/attendance/" + reference + "/seen");
        assertThat(clinician.post("/staff/attendance/" + reference + "/seen", back).getStatus().value()).isEqualTo(303);
        assertThat(clinician.get(list).getResponseBody()).contains(">Seen<");

        var refused = clinician.post("/staff/attendance/" + reference + "/no-show", back);
        assertThat(refused.getResponseHeaders().getLocation().toString()).endsWith("&refused=ATTENDANCE_CONFLICT");
    }
}
