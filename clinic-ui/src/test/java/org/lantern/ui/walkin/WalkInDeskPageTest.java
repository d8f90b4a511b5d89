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

/** Reception's walk-in desk page: the form offers examples of urgent, adds a walk-in, calls the next person. */
@LanternIntegrationTest
class WalkInDeskPageTest {

    static final String PASSWORD = "walk-in-desk-password";

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void receptionAddsAWalkInAndCallsTheNextPerson() {
        LocalDate day = Api.freshDate();
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        api.createStaff("walk-in-desk-" + day.getDayOfYear(), PASSWORD, "RECEPTION");
        Browser desk = api.browser();
        desk.signIn("walk-in-desk-" + day.getDayOfYear(), PASSWORD);

        assertThat(desk.get("/staff/walk-ins?service=sexual-health").getResponseBody())
                .contains("PEP after an exposure in the last 72 hours");
        String added = desk.post("/staff/walk-ins", Map.of("service", "sexual-health", "priority", "urgent",
                "reason", "pep", "pseudonym", "Desk Page Dee")).getResponseBody();
        assertThat(added).contains("Walk-in added", "id=\"code\"").doesNotContain("Desk Page Dee");

        var next = desk.post("/staff/walk-ins/next", Map.of("service", "sexual-health", "room", "Room 3"));
        assertThat(next.getStatus().value()).isEqualTo(303);
        assertThat(desk.get("/staff/walk-ins?service=sexual-health&notice=called").getResponseBody())
                .contains("Called:", "Room 3");
        var nobody = desk.post("/staff/walk-ins/next", Map.of("service", "sexual-health", "room", "Room 3"));
        assertThat(nobody.getResponseHeaders().getLocation()).hasToString(
                "/staff/walk-ins?service=sexual-health&notice=nobody");
    }
}
