package org.lantern.ui.clinic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One reminder contact holds at most six upcoming bookings, from whichever address the requests come. */
@LanternIntegrationTest
class BookingCapPerContactTest {

    static final String CONTACT = "+447700900555";

    @Autowired
    Api api;

    @Test
    void oneContactCannotHoldMoreThanTheCapFromAnyAddress() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "09:00", "10:00", 30, 10);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        List<Map<?, ?>> held = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            held.add(book(api.client(), sessionId, start, "Cap " + i, " " + CONTACT).expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody());
        }

        book(api.client(), sessionId, start, "One too many", CONTACT).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("error.booking-cap");
        book(api.client(), sessionId, start, "Someone else", "+447700900556").expectStatus().isCreated();

        api.client().delete().uri("/api/v1/bookings/{r}", held.get(0).get("reference"))
                .header("Booking-Secret", (String) held.get(0).get("secret")).exchange().expectStatus().isNoContent();
        book(api.client(), sessionId, start, "Room again", CONTACT).expectStatus().isCreated();
    }

    private static WebTestClient.ResponseSpec book(WebTestClient client, String sessionId, String start,
                                                   String pseudonym, String contact) {
        return client.post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", pseudonym, "contact", contact))
                .exchange();
    }
}
