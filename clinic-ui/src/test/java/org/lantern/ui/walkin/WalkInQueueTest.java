package org.lantern.ui.walkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Race;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The walk-in queue over the API: calling order (priority, then arrival, merged with checked-in bookings),
 * triage, return to the queue, "next" from several desks at once, the estimate, the ticket page and the
 * waiting-room screen. Each test runs on a day of its own (the queue is today's, so the clock moves there).
 */
@LanternIntegrationTest
class WalkInQueueTest {

    static final String PASSWORD = "walk-in-test-password";

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    private LocalDate day;
    private WebTestClient desk;

    @BeforeEach
    void aDayOfItsOwn() {
        day = Api.freshDate();
        at(9, 0);
        try {
            api.createStaff("walkin-desk", PASSWORD, "RECEPTION");
        } catch (AssertionError exists) {
            // made by an earlier test
        }
        desk = api.as("walkin-desk", PASSWORD);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(int hour, int minute) {
        clock.set(day.atTime(hour, minute).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> add(String service, String priority, String pseudonym) {
        Map<String, Object> body = pseudonym == null ? Map.of("service", service, "priority", priority)
                : Map.of("service", service, "priority", priority, "pseudonym", pseudonym, "reason", "pep");
        return desk.post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> queue(String service) {
        return desk.get().uri("/api/v1/queue?service={s}", service).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec act(String ticketId, String what, Map<String, Object> body) {
        WebTestClient.RequestBodySpec request = desk.post().uri("/api/v1/walk-ins/{t}/{w}", ticketId, what);
        return (body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body)).exchange();
    }

    private WebTestClient.ResponseSpec next(String service, String room) {
        return desk.post().uri("/api/v1/queue/next?service={s}", service).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("room", room)).exchange();
    }

    private static List<Object> ids(List<Map<String, Object>> queue) {
        return queue.stream().map(e -> e.getOrDefault("ticketId", e.get("reference"))).toList();
    }

    @Test
    void aWalkInGetsACallNumberACodeItsPlaceAndAnEstimate() {
        Map<String, Object> first = add("sexual-health", "routine", "Rosa");
        Map<String, Object> second = add("sexual-health", "routine", null);

        assertThat((String) first.get("callNumber")).matches("[A-Z][0-9]+");
        assertThat((String) first.get("code")).hasSize(10);
        assertThat(first).containsEntry("position", 1).containsEntry("estimatedWaitMinutes", 0);
        assertThat(second).containsEntry("position", 2).containsEntry("estimatedWaitMinutes", 15);
        assertThat(queue("sexual-health").toString()).doesNotContain("Rosa");
    }

    @Test
    void urgentGoesFirstThenSoonThenRoutineEachByArrival() {
        Object routine = add("sexual-health", "routine", null).get("ticketId");
        Object soon = add("sexual-health", "soon", null).get("ticketId");
        Object urgent = add("sexual-health", "urgent", null).get("ticketId");
        Object laterUrgent = add("sexual-health", "urgent", null).get("ticketId");

        assertThat(ids(queue("sexual-health"))).containsExactly(urgent, laterUrgent, soon, routine);
        assertThat(queue("sexual-health")).extracting(e -> e.get("estimatedWaitMinutes"))
                .containsExactly(0, 15, 30, 45);
    }

    @Test
    void aChangedPriorityMovesTheTicketAndNeedsAReason() {
        Object first = add("sexual-health", "routine", null).get("ticketId");
        Object second = add("sexual-health", "routine", null).get("ticketId");

        act((String) second, "priority", Map.of("priority", "urgent", "reason", "exposure last night"))
                .expectStatus().isOk().expectBody().jsonPath("$.priority").isEqualTo("urgent");
        assertThat(ids(queue("sexual-health"))).containsExactly(second, first);
        act((String) first, "priority", Map.of("priority", "whenever", "reason", "x")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("error.priority");
        act((String) first, "priority", Map.of("priority", "urgent", "reason", " ")).expectStatus().isBadRequest();
        assertThat(ids(queue("sexual-health"))).containsExactly(second, first);
    }

    @Test
    void aCalledTicketReturnedToTheQueueGoesBackToItsOldPlace() {
        Object first = add("counselling", "routine", null).get("ticketId");
        Object second = add("counselling", "routine", null).get("ticketId");

        next("counselling", "Room 1").expectStatus().isOk().expectBody()
                .jsonPath("$.ticketId").isEqualTo(first).jsonPath("$.status").isEqualTo("called")
                .jsonPath("$.room").isEqualTo("Room 1");
        act((String) first, "return", null).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("waiting");
        assertThat(ids(queue("counselling"))).containsExactly(first, second);
    }

    @Test
    void aCheckedInBookingWhoseTimeHasComeIsCalledBeforeWalkIns() {
        String sessionId = (String) api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "date", day.toString(), "start", "10:00", "end", "11:00",
                        "slotMinutes", 30, "placesPerSlot", 2))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("sessionId");
        String reference = (String) api.booked(sessionId, CentreTimes.london(day, 10, 0), "Booked Bea")
                .get("reference");
        at(9, 50);
        Object urgent = add("sexual-health", "urgent", null).get("ticketId");
        desk.post().uri("/api/v1/bookings/{r}/arrival", reference).exchange().expectStatus().isOk();

        assertThat(ids(queue("sexual-health"))).as("the booking's time has not come").containsExactly(urgent, reference);
        at(10, 1);
        assertThat(queue("sexual-health").get(0)).containsEntry("reference", reference)
                .containsEntry("kind", "booking");
        next("sexual-health", "Room 2").expectStatus().isOk().expectBody().jsonPath("$.reference").isEqualTo(reference);
        desk.post().uri("/api/v1/bookings/{r}/seen", reference).exchange().expectStatus().isOk();
        assertThat(ids(queue("sexual-health"))).containsExactly(urgent);
    }

    @Test
    void theEstimateIsTheMeanConsultationTimesThoseAheadDividedByTheCliniciansInSession() {
        for (String clinician : List.of("est-one", "est-two")) {
            try {
                api.createStaff(clinician, PASSWORD, "POLICE_LIAISON");
            } catch (AssertionError exists) {
                // made by an earlier run
            }
            api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("service", "police-clinic", "date", day.toString(), "start", "10:00",
                            "end", "12:00", "slotMinutes", 30, "placesPerSlot", 1, "clinician", clinician))
                    .exchange().expectStatus().isCreated();
        }
        at(10, 0);
        Object seenFirst = add("police-clinic", "routine", null).get("ticketId");
        next("police-clinic", "Room 5").expectStatus().isOk();
        at(10, 10);
        act((String) seenFirst, "seen", null).expectStatus().isOk();
        add("police-clinic", "routine", null);
        add("police-clinic", "routine", null);
        Map<String, Object> third = add("police-clinic", "routine", null);

        // 10 minutes per person, 2 ahead, 2 clinicians in session
        assertThat(third).containsEntry("position", 3).containsEntry("estimatedWaitMinutes", 10);
    }

    @Test
    void theTicketPageShowsPlaceAndWaitAndNeitherServiceNorName() {
        add("police-clinic", "routine", "Hidden Name");
        Map<String, Object> mine = add("police-clinic", "routine", "Hidden Name");

        String page = api.client().get().uri("/api/v1/tickets/{c}", mine.get("code")).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("\"position\":2", "\"status\":\"waiting\"", "\"estimatedWaitMinutes\":15")
                .doesNotContain("police", "Hidden", "private", "ticketId");
        api.client().get().uri("/api/v1/tickets/{c}", "ZZZZZZZZZZ").exchange().expectStatus().isNotFound();
        api.client().get().uri("/api/v1/tickets/{c}", mine.get("callNumber")).exchange().expectStatus().isNotFound();
    }

    @Test
    void theWaitingRoomScreenShowsCallNumbersAndRoomsOnly() {
        Map<String, Object> ticket = add("police-clinic", "urgent", "Screen Name");
        act((String) ticket.get("ticketId"), "call", Map.of("room", "Room 4")).expectStatus().isOk();

        String screen = api.client().get().uri("/api/v1/waiting-room").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(screen).contains("{\"callNumber\":\"" + ticket.get("callNumber") + "\",\"room\":\"Room 4\"}")
                .doesNotContain("Screen", "police", "private", "urgent");
        act((String) ticket.get("ticketId"), "seen", null).expectStatus().isOk();
        assertThat(api.client().get().uri("/api/v1/waiting-room").exchange().expectBody(String.class)
                .returnResult().getResponseBody()).doesNotContain("Room 4");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Object ticket = add("sexual-health", "routine", null).get("ticketId");
        act((String) ticket, "left", null).expectStatus().isOk();

        act((String) ticket, "call", Map.of("room", "Room 1")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("refused.TICKET_CLOSED");
        act("t-unknown1", "seen", null).expectStatus().isNotFound();
        Object other = add("sexual-health", "routine", null).get("ticketId");
        act((String) other, "call", Map.of("room", " ")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("error.room");
        desk.post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "priority", "asap")).exchange()
                .expectStatus().isBadRequest();
        desk.post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "massage", "priority", "soon")).exchange().expectStatus().isBadRequest();
        assertThat(queue("sexual-health")).extracting(e -> e.get("ticketId")).containsExactly(other);
        assertThat(queue("sexual-health").get(0)).containsEntry("status", "waiting");
    }

    @Test
    void nextFromSeveralDesksAtOnceNeverCallsOnePersonTwice() throws Exception {
        int people = 6;
        for (int i = 0; i < people; i++) {
            add("counselling", i % 2 == 0 ? "routine" : "soon", null);
        }
        List<String> called = Race.race(people, n -> next("counselling", "Room " + n).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("ticketId").toString());
        assertThat(called).doesNotHaveDuplicates().hasSize(people);
        next("counselling", "Room 9").expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("refused.NOBODY_WAITING");
    }
}
