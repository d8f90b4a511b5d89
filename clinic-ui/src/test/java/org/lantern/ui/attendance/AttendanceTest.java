package org.lantern.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.attendance.NoShowSweep;
import org.lantern.application.booking.BookingRecords;
import org.lantern.ui.Api;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Check-in, seen, no-show by hand and by the deadline, undo, and who may mark what. */
@LanternIntegrationTest
class AttendanceTest {

    static final String PASSWORD = "attendance-test-password";

    @Autowired
    Api api;
    @Autowired
    TestClock clock;
    @Autowired
    NoShowSweep sweep;
    @Autowired
    BookingRecords records;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(LocalDate date, int hour, int minute) {
        clock.set(date.atTime(hour, minute).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    private String sessionAtTen(LocalDate date, String clinician) {
        Map<String, Object> body = clinician == null
                ? Map.of("service", "sexual-health", "date", date.toString(), "start", "10:00", "end", "11:00",
                        "slotMinutes", 30, "placesPerSlot", 4)
                : Map.of("service", "sexual-health", "date", date.toString(), "start", "10:00", "end", "11:00",
                        "slotMinutes", 30, "placesPerSlot", 4, "clinician", clinician);
        return (String) api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("sessionId");
    }

    private String bookAtTen(String sessionId, LocalDate date) {
        return (String) api.booked(sessionId, CentreTimes.london(date, 10, 0), "Attender").get("reference");
    }

    private WebTestClient reception() {
        return staff("att-reception", "RECEPTION");
    }

    private WebTestClient staff(String username, String role) {
        try {
            api.createStaff(username, PASSWORD, role);
        } catch (AssertionError exists) {
            // made by an earlier test of this class
        }
        return api.as(username, PASSWORD);
    }

    private WebTestClient.ResponseSpec post(WebTestClient who, String reference, String what) {
        return who.post().uri("/api/v1/bookings/{r}/{what}", reference, what).exchange();
    }

    @Test
    void receptionChecksAPersonInAndTheClinicianMarksThemSeen() {
        LocalDate date = Api.freshDate();
        String reference = bookAtTen(sessionAtTen(date, null), date);
        at(date, 9, 55);

        post(reception(), reference, "arrival").expectStatus().isOk().expectBody()
                .jsonPath("$.reference").isEqualTo(reference)
                .jsonPath("$.status").isEqualTo("arrived")
                .jsonPath("$.pseudonym").doesNotExist();
        post(reception(), reference, "seen").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("seen");
        reception().get().uri("/api/v1/day-list?date={d}&service=sexual-health", date).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.sessions[0].slots[0].bookings[0].status").isEqualTo("seen");
    }

    @Test
    void anArrivalForAnotherDaysBookingIsRefusedAndChangesNothing() {
        LocalDate date = Api.freshDate();
        String reference = bookAtTen(sessionAtTen(date, null), date);

        post(reception(), reference, "arrival").expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("refused.NOT_TODAY");
        at(date, 10, 5);
        post(reception(), reference, "no-show").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("no-show");
    }

    @Test
    void anUnknownReferenceIsNotFound() {
        post(reception(), "ZZZZZZ", "arrival").expectStatus().isNotFound();
        post(reception(), "not a reference", "seen").expectStatus().isNotFound();
    }

    @Test
    void aBookingNotCheckedInByTheGracePeriodBecomesANoShowByItself() {
        LocalDate date = Api.freshDate();
        String reference = bookAtTen(sessionAtTen(date, null), date);

        at(date, 10, 14);
        sweep.sweep();
        assertThat(status(reference)).isEqualTo("booked");

        at(date, 10, 16);
        assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
        awaitStatus(reference, "no-show");
        assertThat(sweep.sweep()).as("a second run marks nothing").isZero();
    }

    @Test
    void receptionUndoesANoShowWhileTheSessionRunsAndTheSweepLeavesItAlone() {
        LocalDate date = Api.freshDate();
        String reference = bookAtTen(sessionAtTen(date, null), date);
        at(date, 10, 20);
        sweep.sweep();
        awaitStatus(reference, "no-show");

        reception().delete().uri("/api/v1/bookings/{r}/no-show", reference).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("booked");
        at(date, 10, 40);
        sweep.sweep();
        assertThat(status(reference)).isEqualTo("booked");
        post(reception(), reference, "arrival").expectStatus().isOk();
    }

    @Test
    void aNoShowCannotBeUndoneOnceTheSessionHasEnded() {
        LocalDate date = Api.freshDate();
        String reference = bookAtTen(sessionAtTen(date, null), date);
        at(date, 10, 20);
        sweep.sweep();
        awaitStatus(reference, "no-show");

        at(date, 11, 0);
        reception().delete().uri("/api/v1/bookings/{r}/no-show", reference).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("refused.SESSION_ENDED");
        assertThat(status(reference)).isEqualTo("no-show");
    }

    @Test
    void aClinicianMarksOnlyTheirOwnSessions() {
        LocalDate date = Api.freshDate();
        WebTestClient robin = staff("att-robin", "CLINICIAN");
        staff("att-kit", "CLINICIAN");
        String own = bookAtTen(sessionAtTen(date, "att-robin"), date);
        String other = bookAtTen(sessionAtTen(date, "att-kit"), date);
        at(date, 10, 5);

        post(robin, own, "seen").expectStatus().isOk();
        post(robin, other, "seen").expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("refused.NOT_YOUR_SESSION");
        post(robin, other, "no-show").expectStatus().isForbidden();
        post(robin, own, "arrival").expectStatus().isForbidden();
        assertThat(status(other)).isEqualTo("booked");
    }

    @Test
    void aDeadlinePendingWhenTheSweepIsMissedIsCaughtUpByTheNextRun() {
        LocalDate date = Api.freshDate();
        String reference = bookAtTen(sessionAtTen(date, null), date);

        at(date, 12, 30); // no run since long before the deadline: the next one catches up
        sweep.sweep();
        awaitStatus(reference, "no-show");
    }

    private String status(String reference) {
        return records.booking(reference).orElseThrow().status().code();
    }

    /** The sweep sends commands and returns; the read model follows a moment later. */
    private void awaitStatus(String reference, String expected) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(reference)).isEqualTo(expected));
    }
}
