package org.lantern.ui.walkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

    /** Triage, calling one ticket and sending it back to its old place, all from the desk page. */
    @Test
    void receptionTriagesCallsAndReturnsATicketFromTheDesk() {
        LocalDate day = Api.freshDate();
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        String username = "walk-in-triage-" + day.getDayOfYear();
        api.createStaff(username, PASSWORD, "RECEPTION");
        Browser desk = api.browser();
        desk.signIn(username, PASSWORD);
        desk.get("/staff/walk-ins?service=counselling");
        desk.post("/staff/walk-ins", Map.of("service", "counselling", "priority", "routine"));
        desk.get("/staff/walk-ins?service=counselling");
        desk.post("/staff/walk-ins", Map.of("service", "counselling", "priority", "routine"));
        List<Map<String, Object>> queue = queue();
        String second = (String) queue.get(1).get("ticketId");
        assertThat(desk.get("/staff/walk-ins?service=counselling").getResponseBody())
                .contains("/staff/walk-ins/" + second + "/priority", "/staff/walk-ins/" + second + "/call");

        var triaged = desk.post("/staff/walk-ins/" + second + "/priority", Map.of("priority", "urgent",
                "reason", "severe symptoms at the desk"));
        assertThat(triaged.getStatus().value()).isEqualTo(303);
        assertThat(queue().get(0)).containsEntry("ticketId", second).containsEntry("priority", "urgent");

        desk.get("/staff/walk-ins?service=counselling");
        assertThat(desk.post("/staff/walk-ins/" + second + "/call", Map.of("room", "Room 5")).getStatus().value())
                .isEqualTo(303);
        assertThat(ticket(second)).containsEntry("status", "called");
        assertThat(desk.get("/staff/walk-ins?service=counselling").getResponseBody())
                .contains("/staff/walk-ins/" + second + "/return");

        assertThat(desk.post("/staff/walk-ins/" + second + "/return", Map.of()).getStatus().value()).isEqualTo(303);
        assertThat(queue().get(0)).containsEntry("ticketId", second).containsEntry("status", "waiting");
    }

    private Map<String, Object> ticket(String ticketId) {
        return queue().stream().filter(t -> ticketId.equals(t.get("ticketId"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> queue() {
        return api.admin().get().uri("/api/v1/queue?service=counselling").exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }
}
