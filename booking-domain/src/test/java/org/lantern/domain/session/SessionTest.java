package org.lantern.domain.session;

import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_NOT_FOUND;
import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_STARTED;
import static org.lantern.domain.session.SessionRefusal.Reason.DUPLICATE_REFERENCE;
import static org.lantern.domain.session.SessionRefusal.Reason.NOT_A_SLOT;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_EXISTS;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_NOT_FOUND;
import static org.lantern.domain.session.SessionRefusal.Reason.SLOT_FULL;
import static org.lantern.domain.session.SessionRefusal.Reason.SLOT_IN_PAST;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.DisclosureBasis;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.SealedText;

class SessionTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    private static final String SESSION = SessionId.of(DATE, "abcd2345").value();
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 12, 0);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final SealedText SEALED = new SealedText("subject-1", "c2VhbGVk");

    private FixtureConfiguration<Session> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Session.class);
    }

    private static SessionScheduledEvent morning() {
        return new SessionScheduledEvent(SESSION, new Service("sexual-health"), DATE, NINE, LocalTime.of(11, 0), 30, 2, "sam");
    }

    private static Holder holder(String reference) {
        return new Holder(reference, "hash", "subject-" + reference, SEALED, null, null, false);
    }

    private static BookSlotCommand book(String reference, LocalTime slot) {
        return new BookSlotCommand(SESSION, slot, holder(reference), NOW);
    }

    private static SlotBookedEvent booked(String reference, LocalTime slot) {
        return new SlotBookedEvent(SESSION, new Service("sexual-health"), DATE, slot, slot.plusMinutes(30), holder(reference),
                NOW);
    }

    private static BookingCancelledEvent cancelled(String reference, LocalTime slot) {
        return new BookingCancelledEvent(SESSION, new Service("sexual-health"), DATE, slot, reference, NOW);
    }

    private static boolean refusedFor(Object e, SessionRefusal.Reason reason) {
        return e instanceof SessionRefusal r && r.reason() == reason;
    }

    @Test
    void schedulesASession() {
        SessionPlan plan = SessionPlan.checked(DATE, NINE, LocalTime.of(11, 0), 30, 2, NOW);
        fixture.givenNoPriorActivity()
                .when(new ScheduleSessionCommand(SESSION, new Service("sexual-health"), plan, "sam", NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(morning());
    }

    @Test
    void refusesToScheduleASessionTwice() {
        SessionPlan plan = SessionPlan.checked(DATE, NINE, LocalTime.of(11, 0), 30, 2, NOW);
        fixture.given(morning())
                .when(new ScheduleSessionCommand(SESSION, new Service("sexual-health"), plan, "sam", NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, SESSION_EXISTS)))
                .expectNoEvents();
    }

    @Test
    void booksAFreePlaceWithEverythingItsReadersNeed() {
        fixture.given(morning())
                .when(book("K7M2QX", NINE))
                .expectEvents(booked("K7M2QX", NINE));
    }

    @Test
    void neverGivesAPlaceBeyondTheSlotsCapacity() {
        fixture.given(morning(), booked("AAAAAA", NINE), booked("BBBBBB", NINE))
                .when(book("CCCCCC", NINE))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_FULL)))
                .expectNoEvents();
    }

    @Test
    void aFullSlotDoesNotFillTheNextOne() {
        fixture.given(morning(), booked("AAAAAA", NINE), booked("BBBBBB", NINE))
                .when(book("CCCCCC", LocalTime.of(9, 30)))
                .expectEvents(booked("CCCCCC", LocalTime.of(9, 30)));
    }

    @Test
    void aCancelledPlaceCanBeBookedAgain() {
        fixture.given(morning(), booked("AAAAAA", NINE), booked("BBBBBB", NINE), cancelled("AAAAAA", NINE))
                .when(book("CCCCCC", NINE))
                .expectEvents(booked("CCCCCC", NINE));
    }

    @Test
    void refusesATimeThatIsNoSlotOfTheSession() {
        fixture.given(morning())
                .when(book("K7M2QX", LocalTime.of(9, 10)))
                .expectException(Matchers.predicate(e -> refusedFor(e, NOT_A_SLOT)))
                .expectNoEvents();
    }

    @Test
    void refusesATimeAfterTheSessionEnds() {
        fixture.given(morning())
                .when(book("K7M2QX", LocalTime.of(11, 0)))
                .expectException(Matchers.predicate(e -> refusedFor(e, NOT_A_SLOT)))
                .expectNoEvents();
    }

    @Test
    void refusesASessionThatWasNeverScheduled() {
        fixture.givenNoPriorActivity()
                .when(book("K7M2QX", NINE))
                .expectException(Matchers.predicate(e -> refusedFor(e, SESSION_NOT_FOUND)))
                .expectNoEvents();
    }

    @Test
    void refusesASlotThatHasStarted() {
        fixture.given(morning())
                .when(new BookSlotCommand(SESSION, NINE, holder("K7M2QX"), DATE.atTime(9, 1)))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_IN_PAST)))
                .expectNoEvents();
    }

    @Test
    void refusesAReferenceThatIsAlreadyUsed() {
        fixture.given(morning(), booked("K7M2QX", NINE))
                .when(book("K7M2QX", LocalTime.of(9, 30)))
                .expectException(Matchers.predicate(e -> refusedFor(e, DUPLICATE_REFERENCE)))
                .expectNoEvents();
    }

    @Test
    void cancelsABooking() {
        fixture.given(morning(), booked("K7M2QX", NINE))
                .when(new CancelBookingCommand(SESSION, "K7M2QX", NOW))
                .expectEvents(cancelled("K7M2QX", NINE));
    }

    @Test
    void cancellingTwiceRecordsOneCancellation() {
        fixture.given(morning(), booked("K7M2QX", NINE), cancelled("K7M2QX", NINE))
                .when(new CancelBookingCommand(SESSION, "K7M2QX", NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBookingWhoseTimeHasStartedCannotBeCancelled() {
        fixture.given(morning(), booked("K7M2QX", NINE))
                .when(new CancelBookingCommand(SESSION, "K7M2QX", DATE.atTime(9, 5)))
                .expectException(Matchers.predicate(e -> refusedFor(e, BOOKING_STARTED)))
                .expectNoEvents();
    }

    @Test
    void refusesToCancelABookingOfAnotherSession() {
        fixture.given(morning())
                .when(new CancelBookingCommand(SESSION, "K7M2QX", NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, BOOKING_NOT_FOUND)))
                .expectNoEvents();
    }

    @Test
    void carriesTheSealedContactAndTheOptInIntoTheEvent() {
        Holder withContact = new Holder("K7M2QX", "hash", "subject-1", SEALED,
                new SealedText("subject-1", "Y29udGFjdA=="), new SealedText("subject-1", "ZXM="), true);
        fixture.given(morning())
                .when(new BookSlotCommand(SESSION, NINE, withContact, NOW))
                .expectEvents(new SlotBookedEvent(SESSION, new Service("sexual-health"), DATE, NINE, LocalTime.of(9, 30),
                        withContact, NOW));
    }

    @Test
    void recordsADisclosureOfABookingItHoldsEvenOnceCancelled() {
        fixture.given(morning(), booked("K7M2QX", NINE), cancelled("K7M2QX", NINE))
                .when(new RecordDisclosureCommand(SESSION, "K7M2QX", DisclosureBasis.COURT_ORDER, NOW))
                .expectEvents(new DisclosureRecordedEvent(SESSION, new Service("sexual-health"), DATE, "K7M2QX",
                        DisclosureBasis.COURT_ORDER, NOW));
    }

    @Test
    void refusesADisclosureOfABookingItDoesNotHold() {
        fixture.given(morning(), booked("K7M2QX", NINE))
                .when(new RecordDisclosureCommand(SESSION, "ZZZZZZ", DisclosureBasis.COURT_ORDER, NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, BOOKING_NOT_FOUND)))
                .expectNoEvents();
    }
}
