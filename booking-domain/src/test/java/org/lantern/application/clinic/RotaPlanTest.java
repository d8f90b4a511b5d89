package org.lantern.application.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lantern.application.booking.BookingCodes;
import org.lantern.application.booking.BookingSettings;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.ReadYourWrite;

/**
 * What a change of a weekly pattern from a date does to each of its sessions, decided before anything is done: one
 * rule per test. {@code RotaChangesTest} (clinic-ui) carries plans out against the real aggregates.
 */
class RotaPlanTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final String REASON = "The clinic moves to the afternoon.";

    final Map<String, SessionView> sessions = new HashMap<>();
    final Set<String> calledOff = new HashSet<>();
    final Map<String, RotaPatterns.Kept> kept = new HashMap<>();
    final List<RotaPatterns.Made> made = new ArrayList<>();

    final SessionRecords records = new SessionRecords() {
        @Override
        public Optional<SessionView> session(String sessionId) {
            return Optional.ofNullable(sessions.get(sessionId));
        }
    };
    final SessionBookings bookings = new SessionBookings() {
        @Override
        public List<SessionView> sessionsOn(LocalDate date, String service) {
            return List.of();
        }

        @Override
        public boolean cancelled(String sessionId) {
            return calledOff.contains(sessionId);
        }

        @Override
        public List<BookingView> activeIn(String sessionId) {
            return List.of();
        }
    };
    final RotaPatterns patterns = new RotaPatterns() {
        @Override
        public void add(Kept rota) {
            kept.put(rota.id(), rota);
        }

        @Override
        public Optional<Kept> find(String id) {
            return Optional.ofNullable(kept.get(id));
        }

        @Override
        public List<Kept> all() {
            return List.copyOf(kept.values());
        }

        @Override
        public boolean replace(Kept read, Kept next) {
            return kept.get(read.id()).version() == read.version() && kept.put(read.id(), next) != null;
        }

        @Override
        public void addSession(String id, Made session) {
            made.add(session);
        }
    };
    final SessionScheduling scheduling = new SessionScheduling(new SessionSchedulingTest.FakeCommands(), records,
            new ReadYourWrite(new BookingSettings(java.time.Duration.ZERO, null, null, null, null)),
            new BookingCodes(), SessionSchedulingTest.CLOCK, username -> username.equals("sam"),
            org.lantern.testing.TestCatalogue.seeded());
    final Rotas rotas = new Rotas(scheduling, SessionSchedulingTest.CLOCK, org.lantern.testing.TestCatalogue.seeded(),
            patterns, () -> "r-test1234", org.lantern.testing.TestSites.seeded());
    final RotaChanges changes = new RotaChanges(rotas, patterns, scheduling, null, null, records, bookings,
            SessionSchedulingTest.CLOCK);

    @Test
    void sessionsBeforeTheDateAreNeverInThePlan() {
        pattern(session("a", MONDAY, 10), session("b", MONDAY.plusWeeks(1), 10));

        RotaChanges.Plan plan = changes.planChange("r-test1234", change(MONDAY.plusWeeks(1), 14, 1), REASON);

        assertThat(ids(plan.kept())).isEmpty();
        assertThat(ids(plan.moved())).containsExactly("b");
        assertThat(plan.cancelled()).isEmpty();
    }

    @Test
    void aSessionTheNewPatternHasAsItIsIsKept() {
        pattern(session("a", MONDAY, 10));

        RotaChanges.Plan plan = changes.planChange("r-test1234", change(MONDAY, 10, 2), REASON);

        assertThat(ids(plan.kept())).containsExactly("a");
        assertThat(plan.created()).containsExactly(MONDAY.plusWeeks(1));
    }

    @Test
    void anotherShapeOnTheSameDateIsCalledOffAndSetUpAgain() {
        pattern(session("a", MONDAY, 10));
        RotaChanges.Change threePlaces = new RotaChanges.Change(MONDAY, List.of("MONDAY"), LocalTime.of(10, 0),
                LocalTime.of(11, 0), 30, 3, null, 1);

        RotaChanges.Plan plan = changes.planChange("r-test1234", threePlaces, REASON);

        assertThat(ids(plan.cancelled())).containsExactly("a");
        assertThat(plan.created()).containsExactly(MONDAY);
    }

    @Test
    void aDateTheNewPatternNoLongerHasIsCalledOff() {
        pattern(session("a", MONDAY, 10), session("b", MONDAY.plusDays(2), 10));

        RotaChanges.Plan plan = changes.planChange("r-test1234", change(MONDAY, 10, 1), REASON);

        assertThat(ids(plan.kept())).containsExactly("a");
        assertThat(ids(plan.cancelled())).containsExactly("b");
        assertThat(plan.created()).isEmpty();
    }

    @Test
    void aSessionCalledOffAlreadyIsLeftOut() {
        pattern(session("a", MONDAY, 10));
        calledOff.add("a");

        RotaChanges.Plan plan = changes.planCancel("r-test1234", MONDAY, REASON);

        assertThat(plan.cancelled()).isEmpty();
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsPlanned() {
        pattern(session("a", MONDAY, 10));

        assertThatThrownBy(() -> changes.planChange("r-test1234", change(MONDAY, 10, 13), REASON))
                .isInstanceOf(InvalidInputException.class).hasMessage("error.rota-weeks");
        assertThatThrownBy(() -> changes.planChange("r-test1234", change(MONDAY, 10, 1), "")).hasMessage(
                "error.cancel-reason");
        assertThatThrownBy(() -> changes.planChange("r-none0000", change(MONDAY, 10, 1), REASON)).hasMessage(
                "error.rota-not-found");
        assertThatThrownBy(() -> changes.planCancel("r-test1234", MONDAY.minusWeeks(3), REASON)).hasMessage(
                "error.rota-from-past");
        assertThatThrownBy(() -> changes.planChange("r-test1234", new RotaChanges.Change(MONDAY, List.of("MONDAY"),
                LocalTime.of(10, 0), LocalTime.of(11, 0), 30, 2, "nobody", 1), REASON))
                .hasMessage("error.clinician-account");
    }

    @Test
    void aPatternHeldByAnotherChangeRefusesASecondOne() {
        pattern(session("a", MONDAY, 10));
        RotaPatterns.Kept rota = kept.get("r-test1234");
        kept.put(rota.id(), new RotaPatterns.Kept(rota.id(), rota.pattern(), null, rota.sessions(), 1,
                SessionSchedulingTest.CLOCK.instant().plusSeconds(60)));

        assertThatThrownBy(() -> changes.cancelFrom("r-test1234", MONDAY, REASON)).hasMessage("error.rota-busy");
        assertThat(kept.get("r-test1234").cancelledFrom()).isNull();
    }

    @Test
    void aCancelledPatternCannotBeChanged() {
        pattern(session("a", MONDAY, 10));
        RotaPatterns.Kept rota = kept.get("r-test1234");
        kept.put(rota.id(), new RotaPatterns.Kept(rota.id(), rota.pattern(), MONDAY, rota.sessions(), 1, null));

        assertThatThrownBy(() -> changes.planChange("r-test1234", change(MONDAY, 10, 1), REASON))
                .hasMessage("error.rota-cancelled");
    }

    private void pattern(SessionView... shown) {
        List<RotaPatterns.Made> list = new ArrayList<>();
        for (SessionView s : shown) {
            sessions.put(s.sessionId(), s);
            list.add(new RotaPatterns.Made(s.sessionId(), s.date()));
        }
        kept.put("r-test1234", new RotaPatterns.Kept("r-test1234", new Rotas.Pattern("sexual-health", null,
                List.of("MONDAY"), LocalTime.of(10, 0), LocalTime.of(11, 0), 30, 2, null, MONDAY, 2), null, list, 0,
                null));
    }

    private static SessionView session(String id, LocalDate date, int hour) {
        return new SessionView(id, "sexual-health", date, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0), 30, 2,
                null);
    }

    private static RotaChanges.Change change(LocalDate from, int hour, int weeks) {
        return new RotaChanges.Change(from, List.of("MONDAY"), LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0), 30,
                2, null, weeks);
    }

    private static List<String> ids(List<SessionView> shown) {
        return shown.stream().map(SessionView::sessionId).toList();
    }
}
