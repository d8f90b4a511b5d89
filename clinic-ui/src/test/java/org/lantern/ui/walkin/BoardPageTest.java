package org.lantern.ui.walkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Reception's board page: names in bdi, the police clinic as private appointments. */
@LanternIntegrationTest
class BoardPageTest {

    static final String PASSWORD = "board-page-password";

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void receptionSeesWhoWaitsWithTheirNamesAndPoliceClinicTicketsAsPrivate() {
        LocalDate day = Api.freshDate();
        api.createStaff("board-page-desk", PASSWORD, "RECEPTION");
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        Browser desk = api.browser(); // signed in after the clock moved: a jump of days would end the session
        desk.signIn("board-page-desk", PASSWORD);
        for (String[] walkIn : new String[][] {{"sexual-health", "Page Pia"}, {"police-clinic", "Page Hidden"}}) {
            api.admin().post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("service", walkIn[0], "priority", "urgent", "pseudonym", walkIn[1])).exchange()
                    .expectStatus().isCreated();
        }

        String page = desk.get("/staff/board").getResponseBody();
        assertThat(page).contains("<bdi>Page Pia</bdi>", "<bdi>Private appointment</bdi>", "Urgent")
                .doesNotContain("Page Hidden", "Police");
    }
}
