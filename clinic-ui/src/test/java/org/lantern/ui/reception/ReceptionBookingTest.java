package org.lantern.ui.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Reception books, looks up and cancels for a person; each is an audit event naming the member of staff. */
@LanternIntegrationTest
class ReceptionBookingTest {

    static final String PASSWORD = "reception-acts-password";

    @Autowired
    Api api;

    private WebTestClient desk(String username) {
        api.createStaff(username, PASSWORD, "RECEPTION");
        return api.as(username, PASSWORD);
    }

    @Test
    @SuppressWarnings("unchecked")
    void receptionBooksLooksUpAndCancelsForAPersonAndEachIsAudited() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "11:00", 30, 2);
        WebTestClient desk = desk("desk-acting");

        Map<String, Object> booked = desk.post().uri("/api/v1/reception/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", CentreTimes.london(date, 10, 0),
                        "pseudonym", "Desk Dani"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String reference = (String) booked.get("reference");
        assertThat((String) booked.get("secret")).hasSize(10);

        desk.get().uri("/api/v1/reception/bookings/{r}", reference).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.pseudonym").isEqualTo("Desk Dani").jsonPath("$.status").isEqualTo("booked");
        desk.delete().uri("/api/v1/reception/bookings/{r}", reference).exchange().expectStatus().isNoContent();
        desk.get().uri("/api/v1/reception/bookings/{r}", reference).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("cancelled");
        // the person can still use their secret
        api.client().get().uri("/api/v1/bookings/{r}", reference).header("Booking-Secret", (String) booked.get("secret"))
                .exchange().expectStatus().isOk();

        String audit = api.admin().get().uri("/api/v1/audit?limit=200").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        for (String type : new String[] {"BOOKED_FOR_PERSON", "BOOKING_LOOKED_UP", "CANCELLED_FOR_PERSON"}) {
            assertThat(audit).containsPattern("\"type\":\"" + type + "\",\"actor\":\"desk-acting\",[^}]*\"detail\":\""
                    + reference + "\"");
        }
        assertThat(audit).doesNotContain("Desk Dani");
    }

    @Test
    void aPoliceClinicBookingIsAPrivateAppointmentAtTheDesk() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule("police-clinic", date, "10:00", "10:30", 30, 1);
        Object reference = api.bookedWithConsent(sessionId, CentreTimes.london(date, 10, 0), "Quiet Quinn")
                .get("reference");

        String found = desk("desk-private").get().uri("/api/v1/reception/bookings/{r}", reference).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(found).contains("\"service\":\"private\"").doesNotContain("Quiet Quinn", "police");
    }

    @Test
    void anUnknownReferenceIsNotFound() {
        desk("desk-unknown").get().uri("/api/v1/reception/bookings/{r}", "ZZZZZZ").exchange().expectStatus().isNotFound();
    }
}
