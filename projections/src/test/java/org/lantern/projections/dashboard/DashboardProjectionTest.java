package org.lantern.projections.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Needs;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.session.BookingCancelledEvent;
import org.lantern.domain.session.BookingMovedEvent;
import org.lantern.domain.session.HeldPlaceReleasedEvent;
import org.lantern.domain.session.PlaceHeldForMoveEvent;
import org.lantern.domain.session.SessionScheduledEvent;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.projections.PlainVault;
import org.lantern.projections.ProjectionStore;

/** One dashboard across services, fed by events that carry their date: counts only, private shown as private. */
class DashboardProjectionTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 18, 30);
    static final LocalTime TEN = LocalTime.of(10, 0);

    final ProjectionStore store = new ProjectionStore();
    final DashboardReadModel model = new DashboardReadModel(store.database("dashboard"));
    final PlainVault vault = new PlainVault();
    final DashboardProjection projection = new DashboardProjection(model, SimpleQueryUpdateEmitter.builder().build(),
            vault, new org.lantern.domain.booking.SharedNames(org.lantern.testing.TestCatalogue.seeded()));

    @AfterEach
    void close() {
        store.close();
    }

    static SlotBookedEvent booked(String session, Service service, String reference) {
        return new SlotBookedEvent(session, service, DATE, TEN, LocalTime.of(10, 30), new Holder(reference, "h",
                "s-" + reference, new SealedText("s-" + reference, "x"), null, null, false), AT);
    }

    void play() {
        projection.on(new SessionScheduledEvent("2026-12-01~clinic01", new Service("sexual-health"), DATE, TEN,
                LocalTime.of(11, 0), 30, 2, null), 0L);
        projection.on(new SessionScheduledEvent("2026-12-01~police01", new Service("police-clinic"), DATE,
                LocalTime.of(9, 0), LocalTime.of(9, 30), 30, 1, null), 0L);
        projection.on(booked("2026-12-01~clinic01", new Service("sexual-health"), "AAAAAA"), 1L);
        projection.on(booked("2026-12-01~clinic01", new Service("sexual-health"), "BBBBBB"), 2L);
        projection.on(booked("2026-12-01~police01", new Service("police-clinic"), "CCCCCC"), 1L);
        projection.on(new BookingCancelledEvent("2026-12-01~clinic01", new Service("sexual-health"), DATE, TEN, "AAAAAA",
                AT), 3L);
    }

    @Test
    void countsEverySessionOfTheDayInTimeOrderAndHidesThePoliceClinic() {
        play();

        DashboardView day = projection.handle(new FindDashboardQuery(DATE));
        assertThat(day.sessions()).extracting(DashboardView.Line::service).containsExactly("private", "sexual-health");
        assertThat(day.sessions()).extracting(DashboardView.Line::booked).containsExactly(1, 1);
        assertThat(day.sessions()).extracting(DashboardView.Line::free).containsExactly(0, 3);
        assertThat(day.booked()).isEqualTo(2);
        assertThat(projection.handle(new FindDashboardQuery(DATE.plusDays(1))).sessions()).isEmpty();
    }

    @Test
    void anEventAppliedTwiceIsCountedOnce() {
        play();
        DashboardView once = projection.handle(new FindDashboardQuery(DATE));

        play();

        assertThat(projection.handle(new FindDashboardQuery(DATE))).isEqualTo(once);
    }

    @Test
    void rebuiltFromTheEventsItEqualsTheLiveOne() {
        play();
        DashboardView live = projection.handle(new FindDashboardQuery(DATE));

        model.drop();
        play();

        assertThat(projection.handle(new FindDashboardQuery(DATE))).isEqualTo(live);
    }

    @Test
    void aBookingsInterpreterAndAccessNeedsShowUnderItsSessionUntilItIsCancelledOrTheKeyIsGone() {
        play();
        Needs needs = Needs.of("woman", "Portuguese", List.of("step-free"), "I use a wheelchair");
        Needs onlyGender = Needs.of("man", null, List.of(), null);
        projection.on(withNeeds("DDDDDD", needs), 4L);
        projection.on(withNeeds("EEEEEE", onlyGender), 5L);

        DashboardView.Line line = projection.handle(new FindDashboardQuery(DATE)).sessions().get(1);
        assertThat(line.booked()).isEqualTo(3);
        assertThat(line.arrangements()).containsExactly(new DashboardView.Arrangement(TEN, "Portuguese",
                List.of("step-free"), "I use a wheelchair"));

        vault.forget("s-DDDDDD");
        assertThat(projection.handle(new FindDashboardQuery(DATE)).sessions().get(1).arrangements()).isEmpty();

        projection.on(new BookingCancelledEvent("2026-12-01~clinic01", new Service("sexual-health"), DATE, TEN, "DDDDDD",
                AT), 6L);
        assertThat(projection.handle(new FindDashboardQuery(DATE)).sessions().get(1).booked()).isEqualTo(2);
    }

    SlotBookedEvent withNeeds(String reference, Needs needs) {
        String subject = "s-" + reference;
        return new SlotBookedEvent("2026-12-01~clinic01", new Service("sexual-health"), DATE, TEN, LocalTime.of(10, 30),
                new Holder(reference, "h", subject, vault.seal(subject, "name"), null, null, false,
                        vault.seal(subject, needs.encode()), null), AT);
    }

    static final String OTHER = "2026-12-02~clinic02";
    static final Needs INTERPRETER = Needs.of(null, "Romanian", List.of("step-free"), null);

    /** A second session the next day, and a booking with needs at ten in the first. */
    void bookedWithNeeds() {
        play();
        projection.on(new SessionScheduledEvent(OTHER, new Service("sexual-health"), DATE.plusDays(1), TEN,
                LocalTime.of(11, 0), 30, 2, null), 0L);
        projection.on(withNeeds("DDDDDD", INTERPRETER), 4L);
    }

    List<DashboardView.Arrangement> toArrange(LocalDate date, String sessionId) {
        return projection.handle(new FindDashboardQuery(date)).sessions().stream()
                .filter(l -> l.sessionId().equals(sessionId)).findFirst().orElseThrow().arrangements();
    }

    @Test
    void aBookingsNeedsFollowItToItsNewTimeInTheSameSession() {
        bookedWithNeeds();
        LocalTime half = LocalTime.of(10, 30);

        projection.on(new BookingMovedEvent("2026-12-01~clinic01", new Service("sexual-health"), DATE, TEN, "DDDDDD",
                "2026-12-01~clinic01", DATE, half, LocalTime.of(11, 0), AT), 5L);

        assertThat(toArrange(DATE, "2026-12-01~clinic01")).containsExactly(new DashboardView.Arrangement(half,
                "Romanian", List.of("step-free"), null));
    }

    @Test
    void aBookingsNeedsFollowItToAnotherSessionAndLeaveTheOldOne() {
        bookedWithNeeds();
        LocalTime half = LocalTime.of(10, 30);
        BookingMovedEvent moved = new BookingMovedEvent("2026-12-01~clinic01", new Service("sexual-health"), DATE, TEN,
                "DDDDDD", OTHER, DATE.plusDays(1), half, LocalTime.of(11, 0), AT);

        projection.on(new PlaceHeldForMoveEvent(OTHER, new Service("sexual-health"), DATE.plusDays(1), half,
                LocalTime.of(11, 0), "DDDDDD", "2026-12-01~clinic01", AT), 1L);
        projection.on(moved, 5L);
        projection.on(moved, 5L);

        assertThat(toArrange(DATE, "2026-12-01~clinic01")).isEmpty();
        assertThat(toArrange(DATE.plusDays(1), OTHER)).containsExactly(new DashboardView.Arrangement(half,
                "Romanian", List.of("step-free"), null));
        assertThat(projection.handle(new FindDashboardQuery(DATE.plusDays(1))).booked()).isEqualTo(1);
        assertThat(projection.handle(new FindDashboardQuery(DATE)).sessions().get(1).booked()).isEqualTo(1);

        projection.on(new BookingCancelledEvent(OTHER, new Service("sexual-health"), DATE.plusDays(1), half, "DDDDDD",
                AT), 2L);
        assertThat(toArrange(DATE.plusDays(1), OTHER)).isEmpty();
    }

    @Test
    void aHeldPlaceFreedAgainLeavesTheNeedsWhereTheBookingStayed() {
        bookedWithNeeds();

        projection.on(new PlaceHeldForMoveEvent(OTHER, new Service("sexual-health"), DATE.plusDays(1), TEN,
                LocalTime.of(10, 30), "DDDDDD", "2026-12-01~clinic01", AT), 1L);
        projection.on(new HeldPlaceReleasedEvent(OTHER, new Service("sexual-health"), DATE.plusDays(1), TEN, "DDDDDD", AT),
                2L);

        assertThat(toArrange(DATE, "2026-12-01~clinic01")).hasSize(1);
        assertThat(toArrange(DATE.plusDays(1), OTHER)).isEmpty();
        assertThat(projection.handle(new FindDashboardQuery(DATE.plusDays(1))).booked()).isZero();
    }
}
