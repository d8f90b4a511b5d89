package org.lantern.ui.policeclinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * When the centre is legally required to share something with the police, a manager records that a disclosure
 * was made (date, legal basis, booking reference), never its content; the person sees it on their data page.
 */
@LanternIntegrationTest
class DisclosureTest {

    @Autowired Api api;

    @Test
    void aManagerRecordsADisclosureAndThePersonSeesThatItWasRecorded() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("police-clinic", date, "17:00", "17:30", 30, 1);
        Map<String, Object> booked = api.bookedWithConsent(session, CentreTimes.london(date, 17, 0), "Told Once");
        String reference = (String) booked.get("reference");

        api.admin().post().uri("/api/v1/disclosures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reference", reference, "basis", "court-order")).exchange()
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.reference").isEqualTo(reference).jsonPath("$.basis").isEqualTo("court-order")
                .jsonPath("$.date").exists().jsonPath("$.content").doesNotExist();

        api.client().get().uri("/api/v1/bookings/{r}/personal-data", reference)
                .header("Booking-Secret", (String) booked.get("secret")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.disclosures.length()").isEqualTo(1)
                .jsonPath("$.disclosures[0].basis").isEqualTo("court-order");
        Browser person = api.browser();
        person.get("/my-booking");
        String page = person.post("/my-booking/data", Map.of("reference", reference,
                "secret", (String) booked.get("secret"))).getResponseBody();
        assertThat(page).contains("the centre recorded that it had to share information about this booking",
                "a court order", "We never record what was shared");
        assertThat(api.admin().get().uri("/api/v1/audit?sensitive=true").exchange().expectBody(String.class)
                .returnResult().getResponseBody()).contains("DISCLOSURE_RECORDED", reference + " court-order");
    }

    @Test
    void badInputIsRefusedAndRecordsNothing() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("police-clinic", date, "17:00", "17:30", 30, 1);
        Map<String, Object> booked = api.bookedWithConsent(session, CentreTimes.london(date, 17, 0), "Never Told");
        String reference = (String) booked.get("reference");

        api.admin().post().uri("/api/v1/disclosures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reference", reference, "basis", "because-they-asked")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("error.disclosure-basis");
        api.admin().post().uri("/api/v1/disclosures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reference", "ZZZZZZ", "basis", "court-order")).exchange()
                .expectStatus().isNotFound();
        api.admin().post().uri("/api/v1/disclosures").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("basis", "court-order")).exchange().expectStatus().isNotFound();

        api.client().get().uri("/api/v1/bookings/{r}/personal-data", reference)
                .header("Booking-Secret", (String) booked.get("secret")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.disclosures.length()").isEqualTo(0);
    }

    @Test
    void theManagersPageRecordsOneAndExplainsARefusalKindly() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("police-clinic", date, "17:00", "17:30", 30, 1);
        String reference = (String) api.bookedWithConsent(session, CentreTimes.london(date, 17, 0), "Page Told")
                .get("reference");
        Staff staff = new Staff(api, "kept");
        Browser manager = staff.page("MANAGER");
        assertThat(manager.get("/staff/disclosures").getResponseBody()).contains("a court order",
                "a serious risk to someone’s life");

        var recorded = manager.post("/staff/disclosures", Map.of("reference", reference, "basis", "risk-to-life"));
        assertThat(recorded.getStatus().value()).isEqualTo(200);
        assertThat(recorded.getResponseBody()).contains("A disclosure was recorded for booking " + reference);

        var refused = manager.post("/staff/disclosures", Map.of("reference", "ZZZZZZ", "basis", "risk-to-life"));
        assertThat(refused.getStatus().value()).isEqualTo(404);
        assertThat(refused.getResponseBody()).doesNotContain("A disclosure was recorded");
    }
}
