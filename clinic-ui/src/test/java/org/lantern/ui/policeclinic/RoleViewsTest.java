package org.lantern.ui.policeclinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.ui.Api;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Each role's view of a police-clinic day: the liaison officer sees its sessions and bookings and nothing else;
 * no other role but MANAGER ever reads "police" for it, on any shared page or API answer.
 */
@LanternIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleViewsTest {

    static final List<String> OTHERS = List.of("RECEPTION", "CLINICIAN", "COUNSELLOR", "NIGHT_STAFF");

    @Autowired Api api;
    @Autowired TestClock clock;

    Staff staff;
    LocalDate today;
    String reference;

    @BeforeAll
    void aPoliceClinicDayWithABookingCheckedInAndAWalkInCalled() {
        today = Api.freshDate();
        clock.set(today.atTime(8, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        staff = new Staff(api, "kept");
        for (String role : List.of("POLICE_LIAISON", "RECEPTION", "CLINICIAN", "COUNSELLOR", "NIGHT_STAFF",
                "MANAGER")) {
            staff.ensure(role, null);
        }
        String police = (String) api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "police-clinic", "date", today.toString(), "start", "17:00",
                        "end", "18:00", "slotMinutes", 30, "placesPerSlot", 4,
                        "clinician", staff.username("POLICE_LIAISON")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("sessionId");
        reference = (String) api.bookedWithConsent(police, CentreTimes.london(today, 17, 0), "Role Robin")
                .get("reference");
        api.bookedWithConsent(police, CentreTimes.london(today, 17, 30), "Waiting Wagtail");
        api.admin().post().uri("/api/v1/bookings/{r}/arrival", reference).exchange().expectStatus().isOk();
        String ticket = (String) api.admin().post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "police-clinic", "priority", "routine")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("ticketId");
        api.admin().post().uri("/api/v1/walk-ins/{t}/call", ticket).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("room", "Room 9")).exchange().expectStatus().isOk();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void theLiaisonOfficerSeesThePoliceClinicAndIsRefusedEverythingElse() {
        staff.api("POLICE_LIAISON").get().uri("/api/v1/day-list?date={d}&service=police-clinic", today).exchange()
                .expectStatus().isOk().expectBody(String.class).value(b -> assertThat(b).contains("Role Robin"));
        staff.api("POLICE_LIAISON").get().uri("/api/v1/my-day?date={d}", today).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].service").isEqualTo("police-clinic");
        String list = staff.read("POLICE_LIAISON", "/staff/day-list?date=" + today, 200);
        assertThat(list).contains("Role Robin", "Police clinic").doesNotContain("Sexual health clinic", "Counselling");

        for (String path : List.of("/api/v1/day-list?date=" + today + "&service=sexual-health",
                "/api/v1/day-list?date=" + today + "&service=counselling", "/api/v1/dashboard", "/api/v1/board",
                "/api/v1/queue?service=police-clinic", "/api/v1/reception/bookings/" + reference, "/api/v1/staff",
                "/api/v1/audit", "/api/v1/night-board")) {
            staff.api("POLICE_LIAISON").get().uri(path).exchange().expectStatus().isForbidden();
        }
        for (String path : List.of("/staff/day-list?service=sexual-health", "/staff/day-list?service=counselling",
                "/staff/dashboard", "/staff/board", "/staff/walk-ins", "/staff/sessions", "/staff/audit",
                "/staff/disclosures", "/staff/accounts", "/staff/night", "/staff/erasure")) {
            assertThat(staff.page("POLICE_LIAISON").get(path).getStatus().value()).as(path).isEqualTo(403);
        }
        assertThat(staff.read("POLICE_LIAISON", "/staff", 200)).contains("/staff/day-list")
                .doesNotContain("/staff/dashboard", "/staff/board", "/staff/walk-ins");
    }

    @Test
    void noOtherRoleReadsPoliceOnAnySharedPageOrApiAnswer() {
        for (String role : OTHERS) {
            for (String path : List.of("/staff", "/staff/day-list?date=" + today, "/staff/dashboard", "/staff/board",
                    "/staff/walk-ins", "/staff/walk-ins?service=private", "/staff/desk", "/staff/desk?service=private",
                    "/staff/desk/booking?reference=" + reference, "/waiting-room")) {
                var page = staff.page(role).get(path);
                assertThat(page.getResponseBody()).as("%s %s", role, path).doesNotContainIgnoringCase("police");
            }
            for (String path : List.of("/api/v1/dashboard", "/api/v1/board", "/api/v1/waiting-room",
                    "/api/v1/my-day?date=" + today, "/api/v1/queue?service=police-clinic",
                    "/api/v1/reception/bookings/" + reference)) {
                String body = staff.api(role).get().uri(path).exchange().expectBody(String.class).returnResult()
                        .getResponseBody();
                assertThat(body == null ? "" : body).as("%s %s", role, path).doesNotContainIgnoringCase("police");
            }
        }
        String desk = staff.read("RECEPTION", "/staff/board", 200);
        assertThat(desk).contains("Private appointment");
        String created = staff.api("RECEPTION").post().uri("/api/v1/reception/bookings")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("sessionId", sessionOf(), "start",
                        CentreTimes.london(today, 17, 30), "pseudonym", "Desk Dove", "consent", true))
                .exchange().expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        assertThat(created).contains("\"service\":\"private\"").doesNotContainIgnoringCase("police");
    }

    @Test
    void theDeskBooksAPrivateAppointmentOnlyWithTheTickAndNeverNamesIt() {
        var desk = staff.page("RECEPTION");
        String page = desk.get("/staff/desk?service=private").getResponseBody();
        assertThat(page).contains("name=\"consent\"", "Private appointment").doesNotContainIgnoringCase("police");
        String slot = sessionOf() + "@17:30";

        var refused = desk.post("/staff/desk/book", Map.of("service", "private", "slot", slot,
                "pseudonym", "Desk Finch"));
        assertThat(refused.getStatus().value()).isEqualTo(422);
        assertThat(refused.getResponseBody()).contains("please tick that the person has read the wording")
                .doesNotContainIgnoringCase("police");

        var booked = desk.post("/staff/desk/book", Map.of("service", "private", "slot", slot,
                "pseudonym", "Desk Finch", "consent", "true"));
        assertThat(booked.getStatus().value()).isEqualTo(303);
        assertThat(desk.get("/staff/desk/booked").getResponseBody()).contains("Private appointment")
                .doesNotContainIgnoringCase("police");
    }

    @Test
    void aManagerSeesThePoliceClinicByName() {
        assertThat(staff.read("MANAGER", "/staff/day-list?date=" + today + "&service=police-clinic", 200))
                .contains("Police clinic", "Role Robin");
    }

    @SuppressWarnings("unchecked")
    private String sessionOf() {
        return (String) ((List<Map<String, Object>>) staff.api("MANAGER").get()
                .uri("/api/v1/day-list?date={d}&service=police-clinic", today).exchange().expectBody(Map.class)
                .returnResult().getResponseBody().get("sessions")).get(0).get("sessionId");
    }
}
