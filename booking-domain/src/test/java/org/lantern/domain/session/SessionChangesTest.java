package org.lantern.domain.session;

import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_CANCELLED;
import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_NOT_MOVABLE;
import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_STARTED;
import static org.lantern.domain.session.SessionRefusal.Reason.DUPLICATE_REFERENCE;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_CANCELLED;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_STARTED;
import static org.lantern.domain.session.SessionRefusal.Reason.SLOT_FULL;
import static org.lantern.domain.session.SessionRefusal.Reason.SLOT_IN_PAST;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.SealedText;

/** Changes by the centre (a session called off) and by the person (a booking moved): one rule per test. */
class SessionChangesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    private static final String SESSION = SessionId.of(DATE, "abcd2345").value();
    private static final String OTHER = SessionId.of(DATE.plusDays(1), "wxyz6789").value();
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 12, 0);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime HALF_NINE = LocalTime.of(9, 30);
    private static final String REASON = "The clinician is ill";

    private FixtureConfiguration<Session> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Session.class);
    }

    private static SessionScheduledEvent morning() {
        return new SessionScheduledEvent(SESSION, new Service("sexual-health"), DATE, NINE, LocalTime.of(10, 0), 30, 1, "sam");
    }

    private static SlotBookedEvent booked(String reference, LocalTime slot) {
        return new SlotBookedEvent(SESSION, new Service("sexual-health"), DATE, slot, slot.plusMinutes(30),
                new Holder(reference, "hash", "subject-" + reference, new SealedText("s", "c2VhbGVk"), null, null,
                        false), NOW);
    }

    private static boolean refusedFor(Object e, SessionRefusal.Reason reason) {
        return e instanceof SessionRefusal r && r.reason() == reason;
    }

    @Test
    void callingASessionOffCancelsEachBookingWithTheReasonThenTheSession() {
        fixture.given(morning(), booked("AAAAAA", NINE), booked("BBBBBB", HALF_NINE))
                .when(new CancelSessionCommand(SESSION, REASON, NOW))
                .expectResultMessagePayload(List.of("AAAAAA", "BBBBBB"))
                .expectEvents(
                        new BookingCancelledByCentreEvent(SESSION, new Service("sexual-health"), DATE, NINE, "AAAAAA", REASON, NOW),
                        new BookingCancelledByCentreEvent(SESSION, new Service("sexual-health"), DATE, HALF_NINE, "BBBBBB", REASON,
                                NOW),
                        new SessionCancelledEvent(SESSION, new Service("sexual-health"), DATE, NINE, LocalTime.of(10, 0), REASON,
                                2, NOW));
    }

    @Test
    void aBookingCancelledByThePersonIsNotCancelledAgain() {
        fixture.given(morning(), booked("AAAAAA", NINE),
                        new BookingCancelledEvent(SESSION, new Service("sexual-health"), DATE, NINE, "AAAAAA", NOW))
                .when(new CancelSessionCommand(SESSION, REASON, NOW))
                .expectResultMessagePayload(List.of())
                .expectEvents(new SessionCancelledEvent(SESSION, new Service("sexual-health"), DATE, NINE, LocalTime.of(10, 0),
                        REASON, 0, NOW));
    }

    @Test
    void callingOffTwiceChangesNothing() {
        fixture.given(morning(), new SessionCancelledEvent(SESSION, new Service("sexual-health"), DATE, NINE,
                        LocalTime.of(10, 0), REASON, 0, NOW))
                .when(new CancelSessionCommand(SESSION, REASON, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSessionThatHasStartedCannotBeCalledOff() {
        fixture.given(morning())
                .when(new CancelSessionCommand(SESSION, REASON, DATE.atTime(9, 0)))
                .expectException(Matchers.predicate(e -> refusedFor(e, SESSION_STARTED)))
                .expectNoEvents();
    }

    @Test
    void nobodyBooksASessionThatWasCalledOff() {
        fixture.given(morning(), new SessionCancelledEvent(SESSION, new Service("sexual-health"), DATE, NINE,
                        LocalTime.of(10, 0), REASON, 0, NOW))
                .when(new BookSlotCommand(SESSION, NINE, booked("CCCCCC", NINE).holder(), NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, SESSION_CANCELLED)))
                .expectNoEvents();
    }

    @Test
    void aMoveWithinTheSessionTakesTheNewPlaceAndFreesTheOldInOneEvent() {
        fixture.given(morning(), booked("AAAAAA", NINE))
                .when(new MoveBookingCommand(SESSION, "AAAAAA", HALF_NINE, NOW))
                .expectEvents(new BookingMovedEvent(SESSION, new Service("sexual-health"), DATE, NINE, "AAAAAA", SESSION, DATE,
                        HALF_NINE, LocalTime.of(10, 0), NOW));
    }

    @Test
    void theFreedPlaceCanBeBookedAndTheNewOneCannot() {
        fixture.given(morning(), booked("AAAAAA", NINE), new BookingMovedEvent(SESSION, new Service("sexual-health"), DATE,
                        NINE, "AAAAAA", SESSION, DATE, HALF_NINE, LocalTime.of(10, 0), NOW))
                .when(new BookSlotCommand(SESSION, HALF_NINE, booked("BBBBBB", HALF_NINE).holder(), NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_FULL)));
        fixture.given(morning(), booked("AAAAAA", NINE), new BookingMovedEvent(SESSION, new Service("sexual-health"), DATE,
                        NINE, "AAAAAA", SESSION, DATE, HALF_NINE, LocalTime.of(10, 0), NOW))
                .when(new BookSlotCommand(SESSION, NINE, booked("BBBBBB", NINE).holder(), NOW))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aMoveToAFullSlotIsRefusedAndTheBookingStays() {
        fixture.given(morning(), booked("AAAAAA", NINE), booked("BBBBBB", HALF_NINE))
                .when(new MoveBookingCommand(SESSION, "AAAAAA", HALF_NINE, NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_FULL)))
                .expectNoEvents();
    }

    @Test
    void aMoveToTheSameSlotChangesNothing() {
        fixture.given(morning(), booked("AAAAAA", NINE))
                .when(new MoveBookingCommand(SESSION, "AAAAAA", NINE, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBookingWhoseTimeHasComeCannotMove() {
        fixture.given(morning(), booked("AAAAAA", NINE))
                .when(new MoveBookingCommand(SESSION, "AAAAAA", HALF_NINE, DATE.atTime(9, 5)))
                .expectException(Matchers.predicate(e -> refusedFor(e, BOOKING_STARTED)));
    }

    @Test
    void aCheckedInBookingCannotMove() {
        fixture.given(morning(), booked("AAAAAA", HALF_NINE), new AttendanceMarkedEvent(SESSION, new Service("sexual-health"),
                        DATE, HALF_NINE, "AAAAAA", BookingStatus.ARRIVED, false, DATE.atTime(8, 50)))
                .when(new MoveBookingCommand(SESSION, "AAAAAA", NINE, DATE.atTime(8, 55)))
                .expectException(Matchers.predicate(e -> refusedFor(e, BOOKING_NOT_MOVABLE)));
    }

    @Test
    void aPlaceInThePastIsNoPlaceToMoveTo() {
        fixture.given(morning(), booked("AAAAAA", HALF_NINE))
                .when(new MoveBookingCommand(SESSION, "AAAAAA", NINE, DATE.atTime(9, 10)))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_IN_PAST)));
    }

    @Test
    void aPlaceIsHeldForABookingMovingInFromAnotherSession() {
        fixture.given(morning())
                .when(new HoldPlaceForMoveCommand(SESSION, "AAAAAA", OTHER, NINE, NOW))
                .expectEvents(new PlaceHeldForMoveEvent(SESSION, new Service("sexual-health"), DATE, NINE, HALF_NINE, "AAAAAA",
                        OTHER, NOW));
    }

    @Test
    void aHeldPlaceCountsAsTaken() {
        fixture.given(morning(), new PlaceHeldForMoveEvent(SESSION, new Service("sexual-health"), DATE, NINE, HALF_NINE,
                        "AAAAAA", OTHER, NOW))
                .when(new BookSlotCommand(SESSION, NINE, booked("BBBBBB", NINE).holder(), NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_FULL)));
    }

    @Test
    void aPlaceIsNotHeldTwiceForOneBooking() {
        fixture.given(morning(), new PlaceHeldForMoveEvent(SESSION, new Service("sexual-health"), DATE, NINE, HALF_NINE,
                        "AAAAAA", OTHER, NOW))
                .when(new HoldPlaceForMoveCommand(SESSION, "AAAAAA", OTHER, HALF_NINE, NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, DUPLICATE_REFERENCE)));
    }

    @Test
    void theOldSessionGivesThePlaceUpOnceTheNewOneHoldsIt() {
        fixture.given(morning(), booked("AAAAAA", NINE))
                .when(new ReleaseMovedBookingCommand(SESSION, "AAAAAA", OTHER, DATE.plusDays(1), NINE, HALF_NINE, NOW))
                .expectEvents(new BookingMovedEvent(SESSION, new Service("sexual-health"), DATE, NINE, "AAAAAA", OTHER,
                        DATE.plusDays(1), NINE, HALF_NINE, NOW));
    }

    @Test
    void aBookingThatMovedAwayCannotMoveAwayAgain() {
        fixture.given(morning(), booked("AAAAAA", NINE), new BookingMovedEvent(SESSION, new Service("sexual-health"), DATE,
                        NINE, "AAAAAA", OTHER, DATE.plusDays(1), NINE, HALF_NINE, NOW))
                .when(new ReleaseMovedBookingCommand(SESSION, "AAAAAA", OTHER, DATE.plusDays(1), HALF_NINE,
                        LocalTime.of(10, 0), NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, BOOKING_CANCELLED)))
                .expectNoEvents();
    }

    @Test
    void anAbandonedHoldFreesThePlace() {
        fixture.given(morning(), new PlaceHeldForMoveEvent(SESSION, new Service("sexual-health"), DATE, NINE, HALF_NINE,
                        "AAAAAA", OTHER, NOW))
                .when(new AbandonHeldPlaceCommand(SESSION, "AAAAAA", NOW))
                .expectEvents(new HeldPlaceReleasedEvent(SESSION, new Service("sexual-health"), DATE, NINE, "AAAAAA", NOW));
    }

    @Test
    void aMoveByTheCentreCarriesTheReasonTheHolderReads() {
        fixture.given(morning(), booked("AAAAAA", NINE))
                .when(new ReleaseMovedBookingCommand(SESSION, "AAAAAA", OTHER, DATE.plusDays(1), NINE, HALF_NINE, NOW,
                        "The clinician comes tomorrow"))
                .expectEvents(new BookingMovedEvent(SESSION, new Service("sexual-health"), DATE, NINE, "AAAAAA", OTHER,
                        DATE.plusDays(1), NINE, HALF_NINE, NOW, "The clinician comes tomorrow"));
    }

    @Test
    void givingThePlaceUpTwiceForTheSameNewPlaceChangesNothing() {
        fixture.given(morning(), booked("AAAAAA", NINE), new BookingMovedEvent(SESSION, new Service("sexual-health"), DATE,
                        NINE, "AAAAAA", OTHER, DATE.plusDays(1), NINE, HALF_NINE, NOW))
                .when(new ReleaseMovedBookingCommand(SESSION, "AAAAAA", OTHER, DATE.plusDays(1), NINE, HALF_NINE,
                        NOW.plusMinutes(3)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void nobodyIsMovedToATimeThatHasCome() {
        fixture.given(morning(), booked("AAAAAA", HALF_NINE))
                .when(new ReleaseMovedBookingCommand(SESSION, "AAAAAA", OTHER, DATE, NINE.minusHours(1),
                        NINE.minusMinutes(30), DATE.atTime(NINE.minusMinutes(59))))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_IN_PAST)))
                .expectNoEvents();
    }
}
