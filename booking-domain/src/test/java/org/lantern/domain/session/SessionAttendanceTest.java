package org.lantern.domain.session;

import static org.lantern.domain.session.SessionRefusal.Reason.ATTENDANCE_CONFLICT;
import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_CANCELLED;
import static org.lantern.domain.session.SessionRefusal.Reason.NOT_STARTED;
import static org.lantern.domain.session.SessionRefusal.Reason.NOT_TODAY;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_ENDED;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.SealedText;

/** Attendance on a booked place: arrived, seen, no-show (by hand or by the sweep), left, and undoing a no-show. */
class SessionAttendanceTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    private static final String SESSION = SessionId.of(DATE, "abcd2345").value();
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalDateTime BOOKED_AT = LocalDateTime.of(2026, 11, 21, 12, 0);
    private static final LocalDateTime EARLY = DATE.atTime(8, 50);
    private static final LocalDateTime LATE = DATE.atTime(9, 20);
    private static final Duration GRACE = Duration.ofMinutes(15);
    private static final String REF = "K7M2QX";

    private FixtureConfiguration<Session> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Session.class);
    }

    private static SessionScheduledEvent morning() {
        return new SessionScheduledEvent(SESSION, new Service("sexual-health"), DATE, NINE, LocalTime.of(11, 0), 30, 2, "sam");
    }

    private static SlotBookedEvent booked() {
        return new SlotBookedEvent(SESSION, new Service("sexual-health"), DATE, NINE, NINE.plusMinutes(30),
                new Holder(REF, "hash", "subject", new SealedText("subject", "c2VhbGVk"), null, null, false),
                BOOKED_AT);
    }

    private static AttendanceMarkedEvent marked(BookingStatus status, boolean automatic, LocalDateTime at) {
        return new AttendanceMarkedEvent(SESSION, new Service("sexual-health"), DATE, NINE, REF, status, automatic, at);
    }

    private static MarkAttendanceCommand mark(BookingStatus status, LocalDateTime now) {
        return new MarkAttendanceCommand(SESSION, REF, status, now);
    }

    private static boolean refusedFor(Object e, SessionRefusal.Reason reason) {
        return e instanceof SessionRefusal r && r.reason() == reason;
    }

    @Test
    void aPersonChecksInOnTheDay() {
        fixture.given(morning(), booked())
                .when(mark(BookingStatus.ARRIVED, EARLY))
                .expectEvents(marked(BookingStatus.ARRIVED, false, EARLY));
    }

    @Test
    void anArrivalForAnotherDaysBookingIsRefused() {
        fixture.given(morning(), booked())
                .when(mark(BookingStatus.ARRIVED, EARLY.minusDays(1)))
                .expectException(Matchers.predicate(e -> refusedFor(e, NOT_TODAY)))
                .expectNoEvents();
    }

    @Test
    void checkingInTwiceRecordsOnce() {
        fixture.given(morning(), booked(), marked(BookingStatus.ARRIVED, false, EARLY))
                .when(mark(BookingStatus.ARRIVED, EARLY.plusMinutes(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCancelledBookingCannotArrive() {
        fixture.given(morning(), booked(), new BookingCancelledEvent(SESSION, new Service("sexual-health"), DATE, NINE, REF,
                        BOOKED_AT))
                .when(mark(BookingStatus.ARRIVED, EARLY))
                .expectException(Matchers.predicate(e -> refusedFor(e, BOOKING_CANCELLED)))
                .expectNoEvents();
    }

    @Test
    void aClinicianMarksSeenAfterCheckIn() {
        fixture.given(morning(), booked(), marked(BookingStatus.ARRIVED, false, EARLY))
                .when(mark(BookingStatus.SEEN, LATE))
                .expectEvents(marked(BookingStatus.SEEN, false, LATE));
    }

    @Test
    void aNoShowCannotBeSeen() {
        fixture.given(morning(), booked(), marked(BookingStatus.NO_SHOW, true, LATE))
                .when(mark(BookingStatus.SEEN, LATE))
                .expectException(Matchers.predicate(e -> refusedFor(e, ATTENDANCE_CONFLICT)))
                .expectNoEvents();
    }

    @Test
    void didNotComeOnlyOnceTheTimeHasCome() {
        fixture.given(morning(), booked())
                .when(mark(BookingStatus.NO_SHOW, EARLY))
                .expectException(Matchers.predicate(e -> refusedFor(e, NOT_STARTED)))
                .expectNoEvents();
    }

    @Test
    void onlySomeoneWhoArrivedCanLeave() {
        fixture.given(morning(), booked())
                .when(mark(BookingStatus.LEFT, LATE))
                .expectException(Matchers.predicate(e -> refusedFor(e, ATTENDANCE_CONFLICT)))
                .expectNoEvents();
    }

    @Test
    void theSweepMarksANoShowOnceTheGracePeriodHasPassed() {
        fixture.given(morning(), booked())
                .when(new MarkNoShowIfDueCommand(SESSION, REF, GRACE, DATE.atTime(9, 15)))
                .expectResultMessagePayload(true)
                .expectEvents(marked(BookingStatus.NO_SHOW, true, DATE.atTime(9, 15)));
    }

    @Test
    void theSweepDoesNothingWithinTheGracePeriod() {
        fixture.given(morning(), booked())
                .when(new MarkNoShowIfDueCommand(SESSION, REF, GRACE, DATE.atTime(9, 14)))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void theSweepLeavesSomeoneWhoArrivedAlone() {
        fixture.given(morning(), booked(), marked(BookingStatus.ARRIVED, false, EARLY))
                .when(new MarkNoShowIfDueCommand(SESSION, REF, GRACE, LATE))
                .expectNoEvents();
    }

    @Test
    void aSecondSweepDoesNothing() {
        fixture.given(morning(), booked(), marked(BookingStatus.NO_SHOW, true, LATE))
                .when(new MarkNoShowIfDueCommand(SESSION, REF, GRACE, LATE.plusMinutes(1)))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void receptionUndoesANoShowWhileTheSessionRuns() {
        fixture.given(morning(), booked(), marked(BookingStatus.NO_SHOW, true, LATE))
                .when(new UndoNoShowCommand(SESSION, REF, LATE.plusMinutes(5)))
                .expectEvents(new NoShowUndoneEvent(SESSION, new Service("sexual-health"), DATE, NINE, REF,
                        LATE.plusMinutes(5)));
    }

    @Test
    void aNoShowCannotBeUndoneOnceTheSessionHasEnded() {
        fixture.given(morning(), booked(), marked(BookingStatus.NO_SHOW, true, LATE))
                .when(new UndoNoShowCommand(SESSION, REF, DATE.atTime(11, 0)))
                .expectException(Matchers.predicate(e -> refusedFor(e, SESSION_ENDED)))
                .expectNoEvents();
    }

    @Test
    void theSweepNeverMarksAnUndoneNoShowAgain() {
        fixture.given(morning(), booked(), marked(BookingStatus.NO_SHOW, true, LATE),
                        new NoShowUndoneEvent(SESSION, new Service("sexual-health"), DATE, NINE, REF, LATE))
                .when(new MarkNoShowIfDueCommand(SESSION, REF, GRACE, LATE.plusMinutes(10)))
                .expectNoEvents();
    }

    @Test
    void aLateArrivalAfterANoShowIsWelcomeWhileTheSessionRuns() {
        fixture.given(morning(), booked(), marked(BookingStatus.NO_SHOW, true, LATE))
                .when(mark(BookingStatus.ARRIVED, LATE.plusMinutes(5)))
                .expectEvents(marked(BookingStatus.ARRIVED, false, LATE.plusMinutes(5)));
    }
}
