package org.lantern.ui.dropin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Reception counts a plain visit with its reason: each tap one visit, a reason outside the list nothing. */
@LanternIntegrationTest
class DropInVisitTest {

    @Autowired
    Api api;

    @Test
    void eachVisitIsCountedOnceAndABadReasonCountsNothing() {
        api.createStaff("tally-desk", "tally desk password 1", "RECEPTION");
        int first = counted(visit("coffee").expectStatus().isCreated());
        visit("a free massage").expectStatus().isBadRequest().expectBody().jsonPath("$.code")
                .isEqualTo("error.visit-reason");
        visit(null).expectStatus().isBadRequest();
        assertThat(counted(visit("chat").expectStatus().isCreated())).isEqualTo(first + 1);

        Browser desk = api.browser();
        desk.signIn("tally-desk", "tally desk password 1");
        desk.get("/staff/drop-in");
        assertThat(desk.post("/staff/drop-in", Map.of("reason", "shower")).getResponseHeaders().getLocation())
                .hasToString("/staff/drop-in?today=" + (first + 2));
        assertThat(desk.post("/staff/drop-in", Map.of("reason", "nonsense")).getResponseHeaders().getLocation())
                .hasToString("/staff/drop-in?refused");
        assertThat(counted(visit("other").expectStatus().isCreated())).isEqualTo(first + 3);
    }

    private WebTestClient.ResponseSpec visit(String reason) {
        return api.as("tally-desk", "tally desk password 1").post().uri("/api/v1/drop-in-visits")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(reason == null ? Map.of() : Map.of("reason", reason)).exchange();
    }

    private static int counted(WebTestClient.ResponseSpec answer) {
        return (Integer) answer.expectBody(Map.class).returnResult().getResponseBody().get("today");
    }
}
