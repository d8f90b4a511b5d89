package org.lantern.projections.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.statistics.FunderStatistics;
import org.lantern.application.statistics.StatisticsRecords;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Service;
import org.lantern.domain.dropin.VisitCountedEvent;
import org.lantern.domain.dropin.VisitReason;
import org.lantern.domain.nightcentre.AgeBand;
import org.lantern.domain.nightcentre.CheckedInEvent;
import org.lantern.domain.nightcentre.PlaceKind;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.session.AttendanceMarkedEvent;
import org.lantern.domain.session.BookingCancelledByCentreEvent;
import org.lantern.domain.session.BookingCancelledEvent;
import org.lantern.domain.session.BookingMovedEvent;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.domain.walkin.Priority;
import org.lantern.domain.walkin.TicketCalledEvent;
import org.lantern.domain.walkin.WalkInAddedEvent;
import org.lantern.projections.ProjectionStore;

/** Events in, figures out: each outcome counted once, in the month of its appointment. */
class StatisticsProjectionTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    static final String SESSION = "2026-12-01~abcd2345";
    static final LocalTime TEN = LocalTime.of(10, 0);
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 9, 0);

    final ProjectionStore store = new ProjectionStore();
    final StatisticsReadModel model = new StatisticsReadModel(store.database("statistics"));
    final StatisticsProjection projection = new StatisticsProjection(model);

    @AfterEach
    void close() {
        store.close();
    }

    private static SlotBookedEvent booked(String reference, String language) {
        return new SlotBookedEvent(SESSION, new Service("sexual-health"), DATE, TEN, TEN.plusMinutes(30),
                new Holder(reference, "h", "s-" + reference, new SealedText("s", "c2VhbGVk"), null, null, false), AT,
                language);
    }

    private void bookSeven() {
        for (int i = 1; i <= 7; i++) {
            projection.on(booked("REF00" + i, i <= 5 ? "en" : "es"), (long) i);
        }
    }

    private StatisticsRecords.ServiceMonth december() {
        return model.between(YearMonth.of(2026, 12), YearMonth.of(2026, 12)).services().stream()
                .filter(s -> s.service().equals("sexual-health")).findFirst().orElseThrow();
    }

    @Test
    void countsEachOutcomeOnceEvenWhenAnEventIsAppliedTwice() {
        bookSeven();
        AttendanceMarkedEvent seen = new AttendanceMarkedEvent(SESSION, new Service("sexual-health"), DATE, TEN, "REF001",
                BookingStatus.SEEN, false, DATE.atTime(10, 20));
        projection.on(seen, 8L);
        projection.on(seen, 8L);
        projection.on(new AttendanceMarkedEvent(SESSION, new Service("sexual-health"), DATE, TEN, "REF002",
                BookingStatus.NO_SHOW, true, DATE.atTime(10, 20)), 9L);
        projection.on(new BookingCancelledEvent(SESSION, new Service("sexual-health"), DATE, TEN, "REF003", AT), 10L);
        projection.on(new BookingCancelledByCentreEvent(SESSION, new Service("sexual-health"), DATE, TEN, "REF004", "ill",
                AT), 11L);
        projection.on(booked("REF001", "en"), 1L);

        StatisticsRecords.ServiceMonth m = december();
        assertThat(m.bookings()).isEqualTo(7);
        assertThat(m.attended()).isEqualTo(1);
        assertThat(m.noShows()).isEqualTo(1);
        assertThat(m.cancelledByPerson()).isEqualTo(1);
        assertThat(m.cancelledByCentre()).isEqualTo(1);
    }

    @Test
    void aBookingMovedToAnotherMonthIsCountedThere() {
        bookSeven();
        projection.on(new BookingMovedEvent(SESSION, new Service("sexual-health"), DATE, TEN, "REF007", "2027-01-05~zzzz2222",
                LocalDate.of(2027, 1, 5), TEN, TEN.plusMinutes(30), AT), 8L);
        assertThat(december().bookings()).isEqualTo(6);
        assertThat(model.between(YearMonth.of(2027, 1), YearMonth.of(2027, 1)).services()).singleElement()
                .extracting(StatisticsRecords.ServiceMonth::bookings).isEqualTo(1L);
    }

    @Test
    void walkInWaitsVisitsNightsAndLanguagesAreCounted() {
        bookSeven();
        for (int i = 1; i <= 5; i++) {
            projection.on(new WalkInAddedEvent("queue~2026-12-01~sexual-health", new Service("sexual-health"), DATE, "t-" + i,
                    "A" + i, i, "h", Priority.ROUTINE, null, "s", null, DATE.atTime(10, 0)));
            projection.on(new TicketCalledEvent("queue~2026-12-01~sexual-health", "t-" + i, "Room 1", null,
                    DATE.atTime(10, 10 * i)));
            projection.on(new TicketCalledEvent("queue~2026-12-01~sexual-health", "t-" + i, "Room 2", null,
                    DATE.atTime(12, 0)));
        }
        projection.on(new VisitCountedEvent("dropin~2026-12-01", DATE, 1, VisitReason.COFFEE, DATE.atTime(9, 0)));
        projection.on(new VisitCountedEvent("dropin~2026-12-01", DATE, 1, VisitReason.COFFEE, DATE.atTime(9, 0)));
        projection.on(new VisitCountedEvent("dropin~2026-12-01", DATE, 2, VisitReason.SHOWER, DATE.atTime(9, 5)));
        projection.on(new CheckedInEvent("night~2026-12-01", DATE, "NIGHT1", PlaceKind.REST, null, null, AT));
        projection.on(new CheckedInEvent("night~2026-12-01", DATE, "NIGHT2", PlaceKind.CHILDCARE, 1, AgeBand.TWO, AT));
        projection.on(new CheckedInEvent("night~2026-12-01", DATE, "NIGHT2", PlaceKind.CHILDCARE, 2, AgeBand.TWO, AT));
        projection.on(new CheckedInEvent("night~2026-12-01", DATE, "NIGHT2", PlaceKind.CHILDCARE, 1, AgeBand.TWO, AT));

        StatisticsRecords.ServiceMonth m = december();
        assertThat(m.walkIns()).isEqualTo(5);
        assertThat(m.walkInWaits()).containsExactlyInAnyOrder(10L, 20L, 30L, 40L, 50L);
        StatisticsRecords.CentreMonth c = model.between(YearMonth.of(2026, 12), YearMonth.of(2026, 12)).centre()
                .get(0);
        assertThat(c.visitsByReason()).isEqualTo(Map.of("coffee", 1L, "shower", 1L));
        assertThat(c.restNights()).isEqualTo(1);
        assertThat(c.childcareNights()).isEqualTo(2);
        assertThat(c.bookingsByLanguage()).isEqualTo(Map.of("en", 5L, "es", 2L));
    }

    @Test
    void theReportShowsFewerThanFiveForSmallCountsAndNoMedianOfFewerThanFive() {
        bookSeven();
        projection.on(new BookingCancelledEvent(SESSION, new Service("sexual-health"), DATE, TEN, "REF003", AT), 8L);
        FunderStatistics.Report report = new FunderStatistics(model, org.lantern.testing.TestCatalogue.seeded()).report("2026-12", "2026-12");
        FunderStatistics.ServiceFigures clinic = report.months().get(0).services().stream()
                .filter(s -> s.service().equals("sexual-health")).findFirst().orElseThrow();
        assertThat(clinic.bookings()).isEqualTo(7L);
        assertThat(clinic.cancelledByPerson()).isEqualTo("<5");
        assertThat(clinic.attended()).isEqualTo("<5");
        assertThat(clinic.medianWalkInWaitMinutes()).isNull();
        assertThat(report.months().get(0).bookingsByLanguage()).containsExactly(
                new FunderStatistics.LanguageShare("en", 5L, 0.71),
                new FunderStatistics.LanguageShare("es", "<5", null));
        assertThat(report.weeks()).containsExactly(new FunderStatistics.Week("2026-11-30", "sexual-health", 7L));
    }

    @Test
    void aPrivateServiceHasNoWeeklyFigures() {
        for (int i = 1; i <= 6; i++) {
            projection.on(new SlotBookedEvent(SESSION, new Service("police-clinic"), DATE, TEN, TEN.plusMinutes(30),
                    new Holder("POL00" + i, "h", "s", new SealedText("s", "c2VhbGVk"), null, null, false), AT, "en"),
                    (long) i);
        }
        FunderStatistics.Report report = new FunderStatistics(model, org.lantern.testing.TestCatalogue.seeded()).report("2026-12", "2026-12");
        assertThat(report.weeks()).isEmpty();
        assertThat(report.months().get(0).services()).filteredOn(s -> s.service().equals("police-clinic"))
                .singleElement().extracting(FunderStatistics.ServiceFigures::bookings).isEqualTo(6L);
    }

    @Test
    void bookingsAreCountedAtTheirSessionsSiteAndALoneSmallCountCannotBeWorkedOut() {
        String van = "2026-12-01~vanvan22";
        projection.on(new org.lantern.domain.session.SessionScheduledEvent(SESSION, new Service("sexual-health"), DATE,
                TEN, TEN.plusHours(2), 30, 10, null, "drop-in"));
        projection.on(new org.lantern.domain.session.SessionScheduledEvent(van, new Service("sexual-health"), DATE,
                TEN, TEN.plusHours(2), 30, 10, null, "night-centre"));
        bookSeven();
        for (int i = 1; i <= 3; i++) {
            projection.on(new SlotBookedEvent(van, new Service("sexual-health"), DATE, TEN, TEN.plusMinutes(30),
                    new Holder("VAN00" + i, "h", "s", new SealedText("s", "c2VhbGVk"), null, null, false), AT, "en"),
                    (long) i);
        }

        assertThat(model.between(YearMonth.of(2026, 12), YearMonth.of(2026, 12)).bySite()).containsExactlyInAnyOrder(
                new StatisticsRecords.SiteServiceMonth(YearMonth.of(2026, 12), "drop-in", "sexual-health", 7, 0, 0, 0, 0),
                new StatisticsRecords.SiteServiceMonth(YearMonth.of(2026, 12), "night-centre", "sexual-health", 3, 0, 0,
                        0, 0));
        FunderStatistics.Month month = new FunderStatistics(model, org.lantern.testing.TestCatalogue.seeded())
                .report("2026-12", "2026-12").months().get(0);
        // the service's total is 10: with 7 shown at the drop-in, the 3 elsewhere would be 10 - 7
        assertThat(month.services()).filteredOn(f -> f.service().equals("sexual-health")).singleElement()
                .extracting(FunderStatistics.ServiceFigures::bookings).isEqualTo(10L);
        assertThat(month.sites()).containsExactly(
                new FunderStatistics.SiteFigures("drop-in", java.util.List.of(new FunderStatistics.SiteServiceFigures(
                        "sexual-health", FunderStatistics.WITHHELD, "<5", "<5", "<5", "<5"))),
                new FunderStatistics.SiteFigures("night-centre", java.util.List.of(
                        new FunderStatistics.SiteServiceFigures("sexual-health", "<5", "<5", "<5", "<5", "<5"))));
    }
}
