package org.lantern.ui.nightcentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.PageSession;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The public night page books a place or childcare; night staff see tonight's board and check people in. */
@LanternIntegrationTest
class NightPagesTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aParentBooksChildcareOnThePageAndNightStaffCheckTheChildIn() {
        LocalDate date = Api.freshDate();
        NightClient.at(clock, date.atTime(19, 0));
        api.planNight(date, 2);
        api.createStaff("night-page-" + date.getDayOfYear(), "night page password", "NIGHT_STAFF");
        api.createStaff("night-page2-" + date.getDayOfYear(), "night page password", "NIGHT_STAFF");
        new NightClient(api).roster(api.admin(), date, "night-page-" + date.getDayOfYear(),
                "night-page2-" + date.getDayOfYear()).expectStatus().isOk();

        PageSession parent = new PageSession(api.client());
        assertThat(parent.get("/night/book")).contains("value=\"" + date + "\"").contains("id=\"quick-exit\"")
                .contains("name=\"interpreter\"").doesNotContain("name=\"clinicianGender\"");
        parent.post("/night/book", Map.of("date", date.toString(), "kind", "childcare",
                "pseudonym", "Parent Page", "child1", "Pip Page", "band1", "threePlus", "idempotencyKey", Api.key(),
                "interpreter", "Lingala", "accessText", "A cot by the door"), HttpStatus.SEE_OTHER);
        String booked = parent.get("/night/done");
        assertThat(booked).contains("id=\"secret\"").doesNotContain("Pip Page").doesNotContain("Parent Page");
        // issue 13, item 1: shown once; Reload shows only that the booking is made
        String secret = booked.replaceAll("(?s).*id=\"secret\"[^>]*>([^<]*)<.*", "$1");
        assertThat(parent.get("/night/done")).doesNotContain(secret).doesNotContain("id=\"secret\"");
        String refused = parent.post("/night/book", Map.of("date", date.toString(), "kind", "childcare",
                "pseudonym", "Parent Page", "idempotencyKey", Api.key()), HttpStatus.BAD_REQUEST);
        assertThat(refused).contains("class=\"error\"");

        NightClient.at(clock, date.atTime(20, 30)); // before signing in: a staff session ends after a while
        Browser staff = api.browser();
        staff.signIn("night-page-" + date.getDayOfYear(), "night page password");
        String board = staff.get("/staff/night").getResponseBody();
        assertThat(board).contains("Pip Page").contains("Parent Page").contains("/js/night-board.js")
                .contains("Lingala").contains("A cot by the door");
        String reference = board.replaceAll("(?s).*name=\"reference\" value=\"([A-Z0-9]{6})\".*", "$1");
        var checkedIn = staff.post("/staff/night/check-in", Map.of("reference", reference, "child", "1"));
        assertThat(checkedIn.getStatus().value()).isEqualTo(303);
        assertThat(staff.get("/staff/night").getResponseBody()).contains("name=\"collectedBy\"");

        Browser reception = api.browser();
        api.createStaff("night-page-desk-" + date.getDayOfYear(), "night page password", "RECEPTION");
        reception.signIn("night-page-desk-" + date.getDayOfYear(), "night page password");
        assertThat(reception.peek("/staff/night").status().value()).isEqualTo(403);
    }
}
