package org.lantern.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.ui.Api;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.lantern.ui.reminders.RecordingReminderSender;
import org.lantern.ui.reminders.ReminderJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One test per line of the "who sees the name you booked under" table (the public privacy page and
 * docs/privacy.md), each over the API as that role: a booking of each service on one day, with a contact.
 */
@LanternIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoSeesNamesTest {

    static final String PASSWORD = "who-sees-names-password";
    static final String CONTACT = "+447700900321";

    @Autowired
    Api api;
    @Autowired
    TestClock clock;
    @Autowired
    ReminderJob reminders;
    @Autowired
    RecordingReminderSender sender;

    private LocalDate day;
    private final Map<String, Map<String, Object>> booked = new java.util.HashMap<>();

    @BeforeAll
    void aDayWithOneBookingPerService() {
        day = Api.freshDate();
        for (String service : new String[] {"sexual-health", "counselling", "police-clinic"}) {
            String sessionId = api.schedule(service, day, "10:00", "11:00", 30, 2);
            booked.put(service, api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("sessionId", sessionId, "start", CentreTimes.london(day, 10, 0),
                            "pseudonym", "Name " + service.charAt(0) + service.charAt(1), "contact", CONTACT,
                            "consent", true))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody());
        }
        for (String role : new String[] {"RECEPTION", "CLINICIAN", "COUNSELLOR", "POLICE_LIAISON", "NIGHT_STAFF",
                "MANAGER"}) {
            api.createStaff("who-" + role.toLowerCase(java.util.Locale.ROOT), PASSWORD, role);
        }
        clock.set(day.atTime(9, 30).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private WebTestClient as(String role) {
        return api.as("who-" + role.toLowerCase(java.util.Locale.ROOT), PASSWORD);
    }

    private String name(String service) {
        return "Name " + service.charAt(0) + service.charAt(1);
    }

    private String reference(String service) {
        return (String) booked.get(service).get("reference");
    }

    private String dayList(String role, String service, int status) {
        return as(role).get().uri("/api/v1/day-list?date={d}&service={s}", day, service).exchange()
                .expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
    }

    private String board(String role, int status) {
        return as(role).get().uri("/api/v1/board").exchange().expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void you_seeEverythingWithReferenceAndSecret() {
        api.client().get().uri("/api/v1/bookings/{r}/personal-data", reference("police-clinic"))
                .header("Booking-Secret", (String) booked.get("police-clinic").get("secret")).exchange()
                .expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).contains(name("police-clinic"), CONTACT));
    }

    @Test
    void reception_seesNamesAndTimesButNeverAContactNorAPoliceClinicName() {
        String board = board("RECEPTION", 200);
        String desk = as("RECEPTION").get().uri("/api/v1/reception/bookings/{r}", reference("sexual-health"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String privateOne = as("RECEPTION").get().uri("/api/v1/reception/bookings/{r}", reference("police-clinic"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(board).contains(name("sexual-health"), name("counselling"), "private")
                .doesNotContain(name("police-clinic"), CONTACT, "police");
        assertThat(desk).contains(name("sexual-health")).doesNotContain(CONTACT);
        assertThat(privateOne).doesNotContain(name("police-clinic"), CONTACT, "police");
        dayList("RECEPTION", "police-clinic", 403);
    }

    @Test
    void clinicians_seeTheClinicsDayListOnly() {
        assertThat(dayList("CLINICIAN", "sexual-health", 200)).contains(name("sexual-health")).doesNotContain(CONTACT);
        dayList("CLINICIAN", "counselling", 403);
        dayList("CLINICIAN", "police-clinic", 403);
        board("CLINICIAN", 403);
    }

    @Test
    void counsellors_seeTheCounsellingDayListOnly() {
        assertThat(dayList("COUNSELLOR", "counselling", 200)).contains(name("counselling")).doesNotContain(CONTACT);
        dayList("COUNSELLOR", "sexual-health", 403);
        dayList("COUNSELLOR", "police-clinic", 403);
        board("COUNSELLOR", 403);
    }

    @Test
    void thePoliceLiaisonOfficer_seesThePoliceClinicsListAndNothingElse() {
        assertThat(dayList("POLICE_LIAISON", "police-clinic", 200)).contains(name("police-clinic"))
                .doesNotContain(CONTACT);
        dayList("POLICE_LIAISON", "sexual-health", 403);
        dayList("POLICE_LIAISON", "counselling", 403);
        board("POLICE_LIAISON", 403);
    }

    @Test
    void nightStaff_seeNothingOfABooking() {
        for (String service : booked.keySet()) {
            dayList("NIGHT_STAFF", service, 403);
        }
        board("NIGHT_STAFF", 403);
        as("NIGHT_STAFF").get().uri("/api/v1/reception/bookings/{r}", reference("sexual-health")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void managers_seeEveryDayListAndTheBoardButNoContact() {
        for (String service : booked.keySet()) {
            assertThat(dayList("MANAGER", service, 200)).contains(name(service)).doesNotContain(CONTACT);
        }
        assertThat(board("MANAGER", 200)).doesNotContain(CONTACT);
    }

    @Test
    void theWaitingRoomScreen_showsCallNumbersAndRoomsOnly() {
        Map<?, ?> ticket = as("RECEPTION").post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "police-clinic", "priority", "soon", "pseudonym", "Screen Shy"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        as("RECEPTION").post().uri("/api/v1/walk-ins/{t}/call", ticket.get("ticketId"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("room", "Room 8")).exchange()
                .expectStatus().isOk();

        assertThat(api.client().get().uri("/api/v1/waiting-room").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("Room 8", (String) ticket.get("callNumber")).doesNotContain("Screen Shy", "police");
    }

    @Test
    void theTicketPage_showsPlaceAndWaitOnly() {
        Map<?, ?> ticket = as("RECEPTION").post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "counselling", "priority", "routine", "pseudonym", "Ticket Tam"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(api.client().get().uri("/api/v1/tickets/{c}", ticket.get("code")).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody())
                .contains("position").doesNotContain("Ticket Tam", "counselling");
    }

    @Test
    void reminders_neverHoldTheName() {
        clock.set(day.atTime(LocalTime.of(8, 30)).atZone(ZoneId.of("Europe/London")).toInstant());
        try {
            reminders.sendDue();
            assertThat(sender.recorded()).filteredOn(m -> m.to().value().equals(CONTACT)).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.text()).doesNotContain("Name "));
        } finally {
            clock.set(day.atTime(9, 30).atZone(ZoneId.of("Europe/London")).toInstant());
        }
    }
}
