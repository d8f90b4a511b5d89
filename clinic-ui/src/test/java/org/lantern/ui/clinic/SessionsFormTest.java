package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** A session's clinician is picked from the staff accounts that run sessions, never typed; an unknown one is refused. */
@LanternIntegrationTest
class SessionsFormTest {

    static final String PASSWORD = "sessions form password";

    @Autowired
    Api api;

    @Test
    void theClinicianIsADropDownOfTheAccountsThatRunSessions() {
        LocalDate date = Api.freshDate();
        int n = date.getDayOfYear();
        api.createStaff("form-clinician-" + n, PASSWORD, "CLINICIAN");
        api.createStaff("form-counsellor-" + n, PASSWORD, "COUNSELLOR");
        api.createStaff("form-liaison-" + n, PASSWORD, "POLICE_LIAISON");
        api.createStaff("form-reception-" + n, PASSWORD, "RECEPTION");
        api.createStaff("form-night-" + n, PASSWORD, "NIGHT_STAFF");
        api.createStaff("form-gone-" + n, PASSWORD, "CLINICIAN");
        api.admin().post().uri("/api/v1/staff/{u}/disable", "form-gone-" + n).exchange().expectStatus().isOk();
        Browser manager = manager(n);

        String page = manager.get("/staff/sessions").getResponseBody();
        assertThat(page).contains("<select id=\"clinician\" name=\"clinician\">")
                .contains("<option value=\"form-clinician-" + n + "\"", "<option value=\"form-counsellor-" + n + "\"",
                        "<option value=\"form-liaison-" + n + "\"")
                .doesNotContain("value=\"form-reception-" + n + "\"", "value=\"form-night-" + n + "\"",
                        "value=\"form-gone-" + n + "\"")
                .doesNotContain("<input id=\"clinician\"");

        EntityExchangeResult<String> set = manager.post("/staff/sessions", form(date, "form-counsellor-" + n));
        assertThat(set.getStatus().value()).isEqualTo(303);
        assertThat(api.availability("counselling", date, date)).hasSize(1);
        // the counsellor's own day now holds it
        assertThat(api.as("form-counsellor-" + n, PASSWORD).get().uri("/api/v1/my-day?date={d}", date).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()).contains("counselling");
    }

    @Test
    void anAccountThatDoesNotRunSessionsIsRefusedAndNothingIsSetUp() {
        LocalDate date = Api.freshDate();
        int n = date.getDayOfYear();
        api.createStaff("form-desk-" + n, PASSWORD, "RECEPTION");
        Browser manager = manager(n);
        manager.get("/staff/sessions");
        for (String clinician : new String[] {"form-desk-" + n, "nobody-at-all-" + n}) {
            EntityExchangeResult<String> refused = manager.post("/staff/sessions", form(date, clinician));
            assertThat(refused.getStatus().value()).as(clinician).isEqualTo(400);
            assertThat(refused.getResponseBody()).contains("must be the username of a staff account that runs sessions");
        }
        assertThat(api.availability("counselling", date, date)).isEmpty();
    }

    private Browser manager(int n) {
        String username = "form-manager-" + n;
        api.createStaff(username, PASSWORD, "MANAGER");
        Browser browser = api.browser();
        browser.signIn(username, PASSWORD);
        browser.get("/staff");
        return browser;
    }

    private static Map<String, String> form(LocalDate date, String clinician) {
        return Map.of("service", "counselling", "date", date.toString(), "start", "14:00", "end", "14:50",
                "slotMinutes", "50", "placesPerSlot", "1", "clinician", clinician);
    }
}
