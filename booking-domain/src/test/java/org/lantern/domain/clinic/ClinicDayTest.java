package org.lantern.domain.clinic;

import static org.lantern.domain.clinic.BookingRefusedException.Reason.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.privacy.ErasureReason;
import org.lantern.domain.privacy.SealedText;

class ClinicDayTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    private static final String DAY = DayId.of(DATE);
    private static final String SESSION = DayId.sessionId(DATE, "a");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 12, 0);
    private static final SealedText SEALED = new SealedText("subject-1", "c2VhbGVk");

    private FixtureConfiguration<ClinicDay> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ClinicDay.class);
    }

    private static ScheduleSessionCommand schedule(String id, LocalTime start, LocalTime end, int slot, int places,
                                                   String clinician) {
        return new ScheduleSessionCommand(DAY, id, Service.SEXUAL_HEALTH, DATE, start, end, slot, places, clinician,
                NOW);
    }

    private static SessionScheduledEvent scheduled(String id, LocalTime start, LocalTime end, int places,
                                                   String clinician) {
        return new SessionScheduledEvent(DAY, id, "sexual-health", DATE, start, end, 30, places, clinician);
    }

    private static SessionScheduledEvent morning() {
        return scheduled(SESSION, LocalTime.of(9, 0), LocalTime.of(11, 0), 2, "sam");
    }

    private static BookSlotCommand book(String reference, LocalTime slot) {
        return new BookSlotCommand(DAY, SESSION, slot, reference, "hash", "subject-" + reference, SEALED, NOW);
    }

    private static SlotBookedEvent booked(String reference, LocalTime slot) {
        return new SlotBookedEvent(DAY, SESSION, slot, reference, "hash", "subject-" + reference, SEALED, null, null,
                false, NOW);
    }

    @Test
    void schedulesASessionOnAFreshDay() {
        fixture.givenNoPriorActivity()
                .when(schedule(SESSION, LocalTime.of(9, 0), LocalTime.of(11, 0), 30, 2, " Sam "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(morning());
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        fixture.givenNoPriorActivity()
                .when(schedule(SESSION, LocalTime.of(11, 0), LocalTime.of(9, 0), 30, 2, null))
                .expectException(Matchers.predicate(e -> refusedFor(e, END_NOT_AFTER_START)))
                .expectNoEvents();
    }

    @Test
    void refusesASlotLengthThatDoesNotDivideTheSession() {
        fixture.givenNoPriorActivity()
                .when(schedule(SESSION, LocalTime.of(9, 0), LocalTime.of(10, 0), 25, 2, null))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_LENGTH_DOES_NOT_DIVIDE)))
                .expectNoEvents();
    }

    @Test
    void refusesASessionInThePast() {
        ScheduleSessionCommand past = new ScheduleSessionCommand(DAY, SESSION, Service.SEXUAL_HEALTH, DATE,
                LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 1, null, DATE.atTime(9, 1));
        fixture.givenNoPriorActivity()
                .when(past)
                .expectException(Matchers.predicate(e -> refusedFor(e, SESSION_IN_PAST)))
                .expectNoEvents();
    }

    @Test
    void refusesAnOverlappingSessionForTheSameClinician() {
        fixture.given(morning())
                .when(schedule(DayId.sessionId(DATE, "b"), LocalTime.of(10, 30), LocalTime.of(12, 0), 30, 1, "SAM"))
                .expectException(Matchers.predicate(e -> refusedFor(e, CLINICIAN_OVERLAP)))
                .expectNoEvents();
    }

    @Test
    void allowsBackToBackSessionsForTheSameClinician() {
        fixture.given(morning())
                .when(schedule(DayId.sessionId(DATE, "b"), LocalTime.of(11, 0), LocalTime.of(12, 0), 30, 1, "sam"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void allowsOverlappingSessionsForDifferentClinicians() {
        fixture.given(morning())
                .when(schedule(DayId.sessionId(DATE, "b"), LocalTime.of(9, 0), LocalTime.of(11, 0), 30, 1, "alex"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesPlacesOutOfRange() {
        fixture.givenNoPriorActivity()
                .when(schedule(SESSION, LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 0, null))
                .expectException(Matchers.predicate(e -> refusedFor(e, PLACES_OUT_OF_RANGE)));
    }

    @Test
    void booksAFreePlace() {
        fixture.given(morning())
                .when(book("ABC234", LocalTime.of(9, 30)))
                .expectEvents(booked("ABC234", LocalTime.of(9, 30)));
    }

    @Test
    void neverGivesAPlaceBeyondTheSlotsCapacity() {
        fixture.given(morning(), booked("AAAAAA", LocalTime.of(9, 0)), booked("BBBBBB", LocalTime.of(9, 0)))
                .when(book("CCCCCC", LocalTime.of(9, 0)))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_FULL)))
                .expectNoEvents();
    }

    @Test
    void aCancelledPlaceCanBeBookedAgain() {
        fixture.given(morning(), booked("AAAAAA", LocalTime.of(9, 0)), booked("BBBBBB", LocalTime.of(9, 0)),
                        new BookingCancelledEvent(DAY, SESSION, LocalTime.of(9, 0), "AAAAAA", NOW))
                .when(book("CCCCCC", LocalTime.of(9, 0)))
                .expectEvents(booked("CCCCCC", LocalTime.of(9, 0)));
    }

    @Test
    void refusesATimeThatIsNoSlotOfTheSession() {
        fixture.given(morning())
                .when(book("ABC234", LocalTime.of(9, 15)))
                .expectException(Matchers.predicate(e -> refusedFor(e, NOT_A_SLOT)));
    }

    @Test
    void refusesATimeAfterTheSessionEnds() {
        fixture.given(morning())
                .when(book("ABC234", LocalTime.of(11, 0)))
                .expectException(Matchers.predicate(e -> refusedFor(e, NOT_A_SLOT)));
    }

    @Test
    void refusesAnUnknownSession() {
        fixture.given(morning())
                .when(new BookSlotCommand(DAY, DayId.sessionId(DATE, "zz"), LocalTime.of(9, 0), "ABC234", "h",
                        "s", SEALED, NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, SESSION_NOT_FOUND)));
    }

    @Test
    void refusesASlotThatHasStarted() {
        fixture.given(morning())
                .when(new BookSlotCommand(DAY, SESSION, LocalTime.of(9, 0), "ABC234", "h", "s", SEALED,
                        DATE.atTime(9, 5)))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_IN_PAST)));
    }

    @Test
    void refusesAReferenceThatIsAlreadyUsed() {
        fixture.given(morning(), booked("AAAAAA", LocalTime.of(9, 0)))
                .when(book("AAAAAA", LocalTime.of(10, 0)))
                .expectException(Matchers.predicate(e -> refusedFor(e, DUPLICATE_REFERENCE)));
    }

    @Test
    void cancelsABooking() {
        fixture.given(morning(), booked("AAAAAA", LocalTime.of(9, 0)))
                .when(new CancelBookingCommand(DAY, "AAAAAA", NOW))
                .expectEvents(new BookingCancelledEvent(DAY, SESSION, LocalTime.of(9, 0), "AAAAAA", NOW));
    }

    @Test
    void cancellingTwiceRecordsOneCancellation() {
        fixture.given(morning(), booked("AAAAAA", LocalTime.of(9, 0)),
                        new BookingCancelledEvent(DAY, SESSION, LocalTime.of(9, 0), "AAAAAA", NOW))
                .when(new CancelBookingCommand(DAY, "AAAAAA", NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aBookingWhoseTimeHasStartedCannotBeCancelled() {
        fixture.given(morning(), booked("AAAAAA", LocalTime.of(9, 0)))
                .when(new CancelBookingCommand(DAY, "AAAAAA", DATE.atTime(9, 1)))
                .expectException(Matchers.predicate(e -> refusedFor(e, BOOKING_STARTED)))
                .expectNoEvents();
    }

    @Test
    void refusesSessionTimesThatAreNotWholeMinutes() {
        fixture.givenNoPriorActivity()
                .when(schedule(SESSION, LocalTime.of(22, 0), LocalTime.of(23, 59, 59), 7, 1, null))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_LENGTH_DOES_NOT_DIVIDE)))
                .expectNoEvents();
    }

    @Test
    void refusesToCancelAnUnknownBooking() {
        fixture.given(morning())
                .when(new CancelBookingCommand(DAY, "ZZZZZZ", NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, BOOKING_NOT_FOUND)));
    }

    private static boolean refusedFor(Object e, BookingRefusedException.Reason reason) {
        return e instanceof BookingRefusedException r && r.reason() == reason;
    }

    @Test
    void carriesTheSealedContactAndTheOptInIntoTheEvent() {
        SealedText contact = new SealedText("subject-ABC234", "Y29udGFjdA==");
        SealedText language = new SealedText("subject-ABC234", "bGFuZw==");
        fixture.given(morning())
                .when(new BookSlotCommand(DAY, SESSION, LocalTime.of(9, 0), "ABC234", "hash", "subject-ABC234", SEALED,
                        contact, language, true, NOW))
                .expectEvents(new SlotBookedEvent(DAY, SESSION, LocalTime.of(9, 0), "ABC234", "hash",
                        "subject-ABC234", SEALED, contact, language, true, NOW));
    }

    @Test
    void erasesTheBookingsPersonalDataWithItsSubject() {
        fixture.given(morning(), booked("AAAAAA", LocalTime.of(9, 0)))
                .when(new ErasePersonalDataCommand(DAY, "AAAAAA", ErasureReason.PERSON, NOW))
                .expectResultMessagePayload(true)
                .expectEvents(new PersonalDataErasedEvent(DAY, "AAAAAA", "subject-AAAAAA", ErasureReason.PERSON, NOW));
    }

    @Test
    void erasesACancelledBookingToo() {
        fixture.given(morning(), booked("AAAAAA", LocalTime.of(9, 0)),
                        new BookingCancelledEvent(DAY, SESSION, LocalTime.of(9, 0), "AAAAAA", NOW))
                .when(new ErasePersonalDataCommand(DAY, "AAAAAA", ErasureReason.RETENTION, NOW))
                .expectEvents(new PersonalDataErasedEvent(DAY, "AAAAAA", "subject-AAAAAA", ErasureReason.RETENTION,
                        NOW));
    }

    @Test
    void erasingTwiceRecordsOneErasureAndAnswersFalse() {
        fixture.given(morning(), booked("AAAAAA", LocalTime.of(9, 0)),
                        new PersonalDataErasedEvent(DAY, "AAAAAA", "subject-AAAAAA", ErasureReason.PERSON, NOW))
                .when(new ErasePersonalDataCommand(DAY, "AAAAAA", ErasureReason.MANAGER, NOW))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void refusesToEraseAnUnknownBooking() {
        fixture.given(morning())
                .when(new ErasePersonalDataCommand(DAY, "ZZZZZZ", ErasureReason.MANAGER, NOW))
                .expectException(Matchers.predicate(e -> refusedFor(e, BOOKING_NOT_FOUND)))
                .expectNoEvents();
    }

    @Test
    void anErasedBookingStillHoldsItsPlace() {
        fixture.given(scheduled(SESSION, LocalTime.of(9, 0), LocalTime.of(11, 0), 1, "sam"),
                        booked("AAAAAA", LocalTime.of(9, 0)),
                        new PersonalDataErasedEvent(DAY, "AAAAAA", "subject-AAAAAA", ErasureReason.MANAGER, NOW))
                .when(book("BBBBBB", LocalTime.of(9, 0)))
                .expectException(Matchers.predicate(e -> refusedFor(e, SLOT_FULL)));
    }

    @Test
    void anErasedBookingCanStillBeCancelled() {
        fixture.given(morning(), booked("AAAAAA", LocalTime.of(9, 0)),
                        new PersonalDataErasedEvent(DAY, "AAAAAA", "subject-AAAAAA", ErasureReason.PERSON, NOW))
                .when(new CancelBookingCommand(DAY, "AAAAAA", NOW))
                .expectEvents(new BookingCancelledEvent(DAY, SESSION, LocalTime.of(9, 0), "AAAAAA", NOW));
    }
}
