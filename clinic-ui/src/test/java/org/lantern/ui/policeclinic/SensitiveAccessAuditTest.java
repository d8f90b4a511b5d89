package org.lantern.ui.policeclinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;

/**
 * Every successful opening of a police-clinic day list or booking by staff, and every check-in of one, is an audit
 * event (who, when, what); a manager reviews them apart from everything else.
 */
@LanternIntegrationTest
class SensitiveAccessAuditTest {

    @Autowired Api api;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachOpeningOfAPoliceClinicListOrBookingAndEachCheckInIsAnAuditEventAndNothingElseIs() {
        Staff staff = new Staff(api, "kept");
        LocalDate date = Api.freshDate();
        String police = api.schedule("police-clinic", date, "17:00", "17:30", 30, 2);
        String clinic = api.schedule("sexual-health", date, "10:00", "10:30", 30, 2);
        String reference = (String) api.bookedWithConsent(police, CentreTimes.london(date, 17, 0), "Audit Owl")
                .get("reference");
        api.booked(clinic, CentreTimes.london(date, 10, 0), "Not Audited");

        staff.api("POLICE_LIAISON").get().uri("/api/v1/day-list?date={d}&service=police-clinic", date).exchange()
                .expectStatus().isOk();
        staff.read("POLICE_LIAISON", "/staff/day-list?date=" + date + "&service=police-clinic", 200);
        staff.api("RECEPTION").get().uri("/api/v1/reception/bookings/{r}", reference).exchange().expectStatus().isOk();
        clock.set(date.atTime(16, 50).atZone(ZoneId.of("Europe/London")).toInstant());
        staff.api("RECEPTION").post().uri("/api/v1/bookings/{r}/arrival", reference).exchange().expectStatus().isOk();
        clock.reset();
        // neither a refused opening nor another service's list is sensitive access
        staff.api("RECEPTION").get().uri("/api/v1/day-list?date={d}&service=police-clinic", date).exchange()
                .expectStatus().isForbidden();
        staff.api("RECEPTION").get().uri("/api/v1/day-list?date={d}&service=sexual-health", date).exchange()
                .expectStatus().isOk();

        List<Map<String, Object>> sensitive = sensitiveEvents();
        assertThat(sensitive).allSatisfy(e -> assertThat((String) e.get("type")).matches("SENSITIVE_.*|DISCLOSURE_.*"));
        assertThat(sensitive).filteredOn(e -> date.toString().equals(e.get("detail")))
                .extracting(e -> e.get("type") + " " + e.get("actor"))
                .containsExactlyInAnyOrder("SENSITIVE_DAY_LIST_OPENED " + staff.username("POLICE_LIAISON"),
                        "SENSITIVE_DAY_LIST_OPENED " + staff.username("POLICE_LIAISON"));
        assertThat(sensitive).filteredOn(e -> reference.equals(e.get("detail")))
                .extracting(e -> e.get("type") + " " + e.get("actor"))
                .containsExactlyInAnyOrder("SENSITIVE_BOOKING_OPENED " + staff.username("RECEPTION"),
                        "SENSITIVE_CHECK_IN " + staff.username("RECEPTION"));
        assertThat(sensitive).allSatisfy(e -> assertThat(e.get("at")).isNotNull())
                .noneSatisfy(e -> assertThat(String.valueOf(e.get("detail"))).contains("Audit Owl"));

        String page = staff.read("MANAGER", "/staff/audit?sensitive=true", 200);
        assertThat(page).contains("Opened the police clinic’s day list", "Checked in a police-clinic booking", reference)
                .doesNotContain("Signed in");
    }

    @Test
    void theLiaisonOfficersOwnDayIsSensitiveAccessToo() {
        Staff staff = new Staff(api, "kept");
        staff.ensure("POLICE_LIAISON", null);
        LocalDate date = Api.freshDate();
        api.admin().post().uri("/api/v1/sessions").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "police-clinic", "date", date.toString(), "start", "17:00", "end", "17:30",
                        "slotMinutes", 30, "placesPerSlot", 1, "clinician", staff.username("POLICE_LIAISON")))
                .exchange().expectStatus().isCreated();

        staff.api("POLICE_LIAISON").get().uri("/api/v1/my-day?date={d}", date).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].service").isEqualTo("police-clinic");

        assertThat(sensitiveEvents()).anySatisfy(e -> {
            assertThat(e.get("type")).isEqualTo("SENSITIVE_DAY_LIST_OPENED");
            assertThat(e.get("actor")).isEqualTo(staff.username("POLICE_LIAISON"));
            assertThat(e.get("detail")).isEqualTo(date.toString());
        });
    }

    private List<Map<String, Object>> sensitiveEvents() {
        return api.admin().get().uri("/api/v1/audit?sensitive=true&limit=200").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).returnResult()
                .getResponseBody();
    }
}
