package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.clinic.BookingMoves;
import org.lantern.application.clinic.HeldMove;
import org.lantern.application.clinic.MoveHolds;
import org.lantern.application.clinic.MoveRecovery;
import org.lantern.domain.session.HoldPlaceForMoveCommand;
import org.lantern.domain.session.SessionRefusal;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.Race;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A move across sessions that a crash stopped between its two steps (the new place held, the old one not given up)
 * is finished by the recovery sweep: the person ends with exactly one place, never neither, never both, also when the
 * request that held the place comes back late and races the sweep.
 */
@LanternIntegrationTest
class MoveRecoveryTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime HALF_TEN = LocalTime.of(10, 30);

    @Autowired Api api;
    @Autowired TestClock clock;
    @Autowired Commands commands;
    @Autowired CentreClock centre;
    @Autowired MoveRecovery recovery;
    @Autowired BookingMoves moves;
    @Autowired MoveHolds holds;

    record Held(String reference, String secret, String from, String to, LocalDate fromDate, LocalDate toDate) {
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMoveACrashStoppedAfterTheHoldIsFinishedByTheSweepOnceItIsDue() {
        Held held = heldByACrash();
        api.book(held.to(), slot(held.toDate(), held.to()), "Held for another").expectStatus().isEqualTo(409);
        assertThat(startOf(held)).isEqualTo(slot(held.fromDate(), held.from()));
        // nobody is offered the held place: the new slot shows as full, the old one as still taken
        awaitFree(held.toDate(), held.to(), 0);
        awaitFree(held.fromDate(), held.from(), 0);

        recovery.sweep();
        assertThat(startOf(held)).as("a hold younger than unfinished-after may still be finished by its request")
                .isEqualTo(slot(held.fromDate(), held.from()));

        clock.advance(Duration.ofMinutes(3));
        recovery.sweep();
        clock.reset();

        awaitStart(held, slot(held.toDate(), held.to()));
        awaitFree(held.fromDate(), held.from(), 1);
        awaitFree(held.toDate(), held.to(), 0);
        api.book(held.to(), slot(held.toDate(), held.to()), "Too late").expectStatus().isEqualTo(409);
        api.book(held.from(), slot(held.fromDate(), held.from()), "Freed place").expectStatus().isCreated();
        awaitNoHold(held);
    }

    @Test
    void aHoldWhoseBookingWasCancelledMeanwhileIsFreedAndNothingElseChanges() {
        Held held = heldByACrash();
        api.client().delete().uri("/api/v1/bookings/{r}", held.reference()).header("Booking-Secret", held.secret())
                .exchange().expectStatus().is2xxSuccessful();
        awaitFree(held.fromDate(), held.from(), 1);

        clock.advance(Duration.ofMinutes(3));
        recovery.sweep();
        clock.reset();

        statusOf(held, "cancelled");
        api.book(held.to(), slot(held.toDate(), held.to()), "Freed hold").expectStatus().isCreated();
        awaitNoHold(held);
    }

    /**
     * The request that held the place was only slow: it finishes its move at the same moment as two nodes' sweeps.
     * Each finishes the same move, which the old session decides once: the booking ends at its new time, the old
     * place is free and the new one taken once.
     */
    @RepeatedTest(3)
    void aLateRequestAndTwoSweepsRacingEndWithTheBookingInExactlyOnePlace() throws Exception {
        Held held = heldByACrash();
        HeldMove move = new HeldMove(held.reference(), held.from(), held.to(), held.toDate(), TEN, HALF_TEN,
                centre.now());
        clock.advance(Duration.ofMinutes(3));

        List<String> outcomes = Race.race(3, i -> i == 0 ? lateRequest(move) : sweep());
        clock.reset();

        assertThat(outcomes).containsExactlyInAnyOrder("moved", "swept", "swept");
        awaitStart(held, slot(held.toDate(), held.to()));
        statusOf(held, "booked");
        awaitFree(held.fromDate(), held.from(), 1);
        awaitFree(held.toDate(), held.to(), 0);
        api.book(held.to(), slot(held.toDate(), held.to()), "Second").expectStatus().isEqualTo(409);
        api.book(held.from(), slot(held.fromDate(), held.from()), "Freed").expectStatus().isCreated();
        api.book(held.from(), slot(held.fromDate(), held.from()), "Too many").expectStatus().isEqualTo(409);
    }

    /**
     * The booking's time came while the move was stuck, and its late request races the sweep: the old session
     * refuses both (the booking has begun), and the held place is freed; the person keeps the place they had.
     */
    @Test
    void aLateRequestAndTheSweepAfterTheOldTimeBeganBothLeaveTheOldPlaceAndFreeTheHold() throws Exception {
        Held held = heldByACrash();
        String fromSlot = slot(held.fromDate(), held.from());
        HeldMove move = new HeldMove(held.reference(), held.from(), held.to(), held.toDate(), TEN, HALF_TEN,
                centre.now());
        clock.set(held.fromDate().atTime(TEN).plusMinutes(5).atZone(java.time.ZoneId.of("Europe/London"))
                .toInstant());

        List<String> outcomes = Race.race(2, i -> i == 0 ? lateRequest(move) : sweep());
        clock.reset();

        assertThat(outcomes).containsExactlyInAnyOrder("BOOKING_STARTED", "swept");
        assertThat(startOf(held)).isEqualTo(fromSlot);
        statusOf(held, "booked");
        api.book(held.to(), slot(held.toDate(), held.to()), "Freed hold").expectStatus().isCreated();
        awaitNoHold(held);
    }

    /** The request that held the place finishes its move (steps 2 and 3, as {@link BookingMoves} does). */
    private String lateRequest(HeldMove move) {
        try {
            moves.finish(move, null);
            return "moved";
        } catch (SessionRefusal refused) {
            return refused.reason().name();
        }
    }

    private String sweep() {
        recovery.sweep();
        return "swept";
    }

    /** What a request had done when the process died: the booking holds a place in the new session, no more. */
    private Held heldByACrash() {
        LocalDate fromDate = Api.freshDate();
        LocalDate toDate = Api.freshDate();
        String from = api.schedule(fromDate, "10:00", "10:30", 30, 1);
        String to = api.schedule(toDate, "10:00", "10:30", 30, 1);
        Map<String, Object> booked = api.booked(from, slot(fromDate, from), "Mover");
        String reference = (String) booked.get("reference");
        commands.send(new HoldPlaceForMoveCommand(to, reference, from, TEN, centre.now()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> holds.unfinishedSince(centre.now().plusDays(1))
                .stream().anyMatch(h -> h.reference().equals(reference)));
        return new Held(reference, (String) booked.get("secret"), from, to, fromDate, toDate);
    }

    private void awaitNoHold(Held held) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> holds.unfinishedSince(centre.now().plusDays(1))
                .stream().noneMatch(h -> h.reference().equals(held.reference())));
    }

    private String slot(LocalDate date, String sessionId) {
        return (String) api.availability("sexual-health", date, date).stream()
                .filter(s -> sessionId.equals(s.get("sessionId"))).findFirst().orElseThrow().get("start");
    }

    private void awaitFree(LocalDate date, String sessionId, int free) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> api.availability("sexual-health", date, date)
                .stream().filter(s -> sessionId.equals(s.get("sessionId"))).findFirst().orElseThrow()
                .get("free").equals(free));
    }

    private void awaitStart(Held held, String start) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> start.equals(startOf(held)));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> look(Held held) {
        return api.client().get().uri("/api/v1/bookings/{r}", held.reference()).header("Booking-Secret", held.secret())
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private String startOf(Held held) {
        return (String) look(held).get("start");
    }

    private void statusOf(Held held, String status) {
        assertThat(look(held)).containsEntry("status", status);
    }
}
