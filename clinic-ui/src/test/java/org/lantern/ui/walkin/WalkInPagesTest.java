package org.lantern.ui.walkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The waiting-room screen and the ticket page: call numbers, rooms, place and wait; no name, no service. */
@LanternIntegrationTest
class WalkInPagesTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @BeforeEach
    void aDayOfItsOwn() {
        LocalDate day = Api.freshDate();
        clock.set(day.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Map<?, ?> walkIn(String pseudonym) {
        return api.admin().post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "police-clinic", "priority", "urgent", "pseudonym", pseudonym)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    void theWaitingRoomScreenShowsWhoIsCalledToWhichRoomAndNothingElse() {
        Map<?, ?> ticket = walkIn("Wall Watcher");
        api.admin().post().uri("/api/v1/walk-ins/{t}/call", ticket.get("ticketId"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("room", "Room 6")).exchange()
                .expectStatus().isOk();

        String screen = api.browser().get("/waiting-room").getResponseBody();
        assertThat(screen).contains(">" + ticket.get("callNumber") + "<", ">Room 6<", "quick-exit")
                .doesNotContain("Wall Watcher", "police", "Police", "private", "urgent");
    }

    @Test
    void thePersonSeesTheirPlaceAndWaitByTheirCodeAndNoService() {
        walkIn("Ahead Of Me");
        Map<?, ?> mine = walkIn("Ticket Holder");
        Browser phone = api.browser();
        phone.get("/ticket");

        String page = phone.post("/ticket", Map.of("code", (String) mine.get("code"))).getResponseBody();
        // the hint speaks of urgent needs in general; the ticket's own priority is not shown
        assertThat(page).contains(">" + mine.get("callNumber") + "<", "id=\"position\">2<", "15 min", "quick-exit")
                .doesNotContain("Ticket Holder", "police", "Police", "private", ">urgent<");

        String wrong = phone.post("/ticket", Map.of("code", (String) mine.get("callNumber"))).getResponseBody();
        assertThat(wrong).contains("We could not find a ticket with that code").doesNotContain("id=\"position\"");
    }
}
