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
}
