package org.lantern.domain.nightcentre;

import static org.lantern.domain.nightcentre.NightRefusal.Reason.CHECKED_IN_CANNOT_CANCEL;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.CHILDCARE_FULL_UNDER2;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.CHILD_NOT_FOUND;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.FEWER_PLACES_THAN_BOOKED;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.NIGHT_IN_PAST;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.NIGHT_NOT_FOUND;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.NIGHT_OVER;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.NOT_CHECKED_IN;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.OFFER_EXPIRED;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.REST_FULL;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.ROSTER_BREAKS_RATIO;
import static org.lantern.domain.nightcentre.NightRefusal.Reason.NIGHT_TOO_FAR_AHEAD;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.privacy.SealedText;

class NightTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    private static final String NIGHT = NightId.of(DATE);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 12, 0);
    private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);
    private static final LocalTime EIGHT_AM = LocalTime.of(8, 0);
    private static final LocalTime ELEVEN_PM = LocalTime.of(23, 0);
    private static final Duration HOLD = Duration.ofMinutes(30);
    private static final SealedText SEALED = new SealedText("subject-1", "c2VhbGVk");

    private FixtureConfiguration<Night> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Night.class);
    }

    private static NightPlannedEvent planned(int restPlaces) {
        return new NightPlannedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM, restPlaces, ELEVEN_PM);
    }

    private static Holder holder(String reference) {
        return new Holder(reference, "hash", "subject-" + reference, SEALED, null, null, false);
    }

    private static NightPlaceBookedEvent restBooked(String reference, LocalDateTime at) {
        return new NightPlaceBookedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM, PlaceKind.REST, holder(reference), List.of(),
                at);
    }

    private static NightWaitlistJoinedEvent restWaiting(String reference) {
        return new NightWaitlistJoinedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM, PlaceKind.REST, holder(reference),
                List.of(), NOW);
    }

    private static NightPlaceBookedEvent childcareBooked(String reference, AgeBand... bands) {
        return new NightPlaceBookedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM, PlaceKind.CHILDCARE, holder(reference),
                children(bands), NOW);
    }

    private static List<Child> children(AgeBand... bands) {
        return List.of(bands).stream().map(b -> new Child(SEALED, b)).toList();
    }

    private static BookNightPlaceCommand rest(String reference, boolean waitlist) {
        return new BookNightPlaceCommand(NIGHT, PlaceKind.REST, holder(reference), List.of(), waitlist, NOW);
    }

    private static BookNightPlaceCommand childcare(String reference, boolean waitlist, AgeBand... bands) {
        return new BookNightPlaceCommand(NIGHT, PlaceKind.CHILDCARE, holder(reference), children(bands), waitlist, NOW);
    }

    private static Matcher<?> refused(NightRefusal.Reason reason) {
        return Matchers.predicate(e -> e instanceof NightRefusal r && r.reason() == reason);
    }

    @Test
    void aNightIsPlannedToCloseTheNextMorning() {
        fixture.givenNoPriorActivity()
                .when(new PlanNightCommand(NIGHT, new NightPlan(DATE, EIGHT_PM, EIGHT_AM, 12, ELEVEN_PM), HOLD, NOW))
                .expectEvents(planned(12));
    }

    @Test
    void aNightThatIsOverCannotBeSetUp() {
        fixture.givenNoPriorActivity()
                .when(new PlanNightCommand(NIGHT, new NightPlan(DATE, EIGHT_PM, EIGHT_AM, 12, ELEVEN_PM), HOLD,
                        DATE.plusDays(1).atTime(9, 0)))
                .expectExceptionMessage(NIGHT_IN_PAST.name());
    }

    @Test
    void aNightCannotHaveFewerRestPlacesThanAreBooked() {
        fixture.given(planned(2), restBooked("AAAAAA", NOW), restBooked("BBBBBB", NOW))
                .when(new PlanNightCommand(NIGHT, new NightPlan(DATE, EIGHT_PM, EIGHT_AM, 1, ELEVEN_PM), HOLD, NOW))
                .expectExceptionMessage(FEWER_PLACES_THAN_BOOKED.name());
    }

    @Test
    void moreRestPlacesAreOfferedToTheWaitlist() {
        fixture.given(planned(1), restBooked("AAAAAA", NOW), restWaiting("BBBBBB"))
                .when(new PlanNightCommand(NIGHT, new NightPlan(DATE, EIGHT_PM, EIGHT_AM, 2, ELEVEN_PM), HOLD, NOW))
                .expectEvents(planned(2), new PlaceOfferedEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST, NOW,
                        NOW.plus(HOLD)));
    }

    @Test
    void aRestPlaceIsBookedWhileOneIsFree() {
        fixture.given(planned(1))
                .when(rest("AAAAAA", false))
                .expectEvents(restBooked("AAAAAA", NOW))
                .expectResultMessagePayload(BookingStatus.BOOKED);
    }

    @Test
    void aNightNotSetUpTakesNoBooking() {
        fixture.givenNoPriorActivity()
                .when(rest("AAAAAA", false))
                .expectExceptionMessage(NIGHT_NOT_FOUND.name());
    }

    @Test
    void aPlaceIsBookedAtMostFourteenNightsAhead() {
        fixture.given(planned(1))
                .when(new BookNightPlaceCommand(NIGHT, PlaceKind.REST, holder("AAAAAA"), List.of(), false,
                        DATE.minusDays(15).atTime(12, 0)))
                .expectExceptionMessage(NIGHT_TOO_FAR_AHEAD.name());
    }

    @Test
    void aFullNightRefusesWithoutAWaitlist() {
        fixture.given(planned(1), restBooked("AAAAAA", NOW))
                .when(rest("BBBBBB", false))
                .expectException(refused(REST_FULL));
    }

    @Test
    void aFullNightPutsThePersonOnTheWaitlistWhenAsked() {
        fixture.given(planned(1), restBooked("AAAAAA", NOW))
                .when(rest("BBBBBB", true))
                .expectEvents(restWaiting("BBBBBB"))
                .expectResultMessagePayload(BookingStatus.WAITLISTED);
    }

    @Test
    void aCancelledPlaceIsOfferedToTheFirstOnTheWaitlist() {
        fixture.given(planned(1), restBooked("AAAAAA", NOW), restWaiting("BBBBBB"), restWaiting("CCCCCC"))
                .when(new CancelNightBookingCommand(NIGHT, "AAAAAA", HOLD, NOW))
                .expectEvents(new NightBookingCancelledEvent(NIGHT, DATE, "AAAAAA", PlaceKind.REST, NOW),
                        new PlaceOfferedEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST, NOW, NOW.plus(HOLD)));
    }

    @Test
    void cancellingTwiceChangesNothing() {
        fixture.given(planned(1), restBooked("AAAAAA", NOW),
                        new NightBookingCancelledEvent(NIGHT, DATE, "AAAAAA", PlaceKind.REST, NOW))
                .when(new CancelNightBookingCommand(NIGHT, "AAAAAA", HOLD, NOW))
                .expectNoEvents();
    }

    @Test
    void aCheckedInPlaceCannotBeCancelled() {
        fixture.given(planned(1), restBooked("AAAAAA", NOW),
                        new CheckedInEvent(NIGHT, DATE, "AAAAAA", PlaceKind.REST, null, null, NOW))
                .when(new CancelNightBookingCommand(NIGHT, "AAAAAA", HOLD, NOW))
                .expectExceptionMessage(CHECKED_IN_CANNOT_CANCEL.name());
    }

    @Test
    void anOfferAcceptedWithinItsHoldBooksThePlace() {
        fixture.given(planned(1), restWaiting("BBBBBB"),
                        new PlaceOfferedEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST, NOW, NOW.plus(HOLD)))
                .when(new AcceptOfferCommand(NIGHT, "BBBBBB", NOW.plus(HOLD).minusSeconds(1)))
                .expectEvents(new OfferAcceptedEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST,
                        NOW.plus(HOLD).minusSeconds(1)));
    }

    @Test
    void anOfferAcceptedAtItsExpiryIsRefusedEvenBeforeTheSweepRan() {
        fixture.given(planned(1), restWaiting("BBBBBB"),
                        new PlaceOfferedEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST, NOW, NOW.plus(HOLD)))
                .when(new AcceptOfferCommand(NIGHT, "BBBBBB", NOW.plus(HOLD)))
                .expectExceptionMessage(OFFER_EXPIRED.name());
    }

    @Test
    void anOfferPassedOnCannotBeAcceptedAnyMore() {
        fixture.given(planned(1), restWaiting("BBBBBB"), restWaiting("CCCCCC"),
                        new PlaceOfferedEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST, NOW, NOW.plus(HOLD)),
                        new OfferExpiredEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST, NOW.plus(HOLD)),
                        new PlaceOfferedEvent(NIGHT, DATE, "CCCCCC", PlaceKind.REST, NOW.plus(HOLD),
                                NOW.plus(HOLD).plus(HOLD)))
                .when(new AcceptOfferCommand(NIGHT, "BBBBBB", NOW.plus(HOLD)))
                .expectExceptionMessage(OFFER_EXPIRED.name());
    }

    @Test
    void anExpiredOfferPassesToTheNextAndThePersonWaitsAgainAtTheEnd() {
        LocalDateTime later = NOW.plus(HOLD);
        fixture.given(planned(1), restWaiting("BBBBBB"), restWaiting("CCCCCC"),
                        new PlaceOfferedEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST, NOW, later))
                .when(new ExpireOffersCommand(NIGHT, HOLD, later))
                .expectEvents(new OfferExpiredEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST, later),
                        new PlaceOfferedEvent(NIGHT, DATE, "CCCCCC", PlaceKind.REST, later, later.plus(HOLD)));
    }

    @Test
    void anOfferStillHeldIsNotExpired() {
        fixture.given(planned(1), restWaiting("BBBBBB"),
                        new PlaceOfferedEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST, NOW, NOW.plus(HOLD)))
                .when(new ExpireOffersCommand(NIGHT, HOLD, NOW.plus(HOLD).minusSeconds(1)))
                .expectNoEvents();
    }

    @Test
    void aPlaceNotCheckedInByTheReleaseTimeIsReleasedAndOffered() {
        LocalDateTime release = DATE.atTime(ELEVEN_PM);
        fixture.given(planned(1), restBooked("AAAAAA", NOW), restWaiting("BBBBBB"))
                .when(new ReleaseUncheckedPlacesCommand(NIGHT, HOLD, release))
                .expectEvents(new RestPlaceReleasedEvent(NIGHT, DATE, "AAAAAA", PlaceKind.REST, release),
                        new PlaceOfferedEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST, release, release.plus(HOLD)));
    }

    @Test
    void nothingIsReleasedBeforeTheReleaseTime() {
        fixture.given(planned(1), restBooked("AAAAAA", NOW))
                .when(new ReleaseUncheckedPlacesCommand(NIGHT, HOLD, DATE.atTime(22, 59)))
                .expectNoEvents();
    }

    @Test
    void aPlaceBookedAfterTheReleaseTimeIsNotReleased() {
        fixture.given(planned(1), restBooked("AAAAAA", DATE.atTime(23, 30)))
                .when(new ReleaseUncheckedPlacesCommand(NIGHT, HOLD, DATE.atTime(23, 45)))
                .expectNoEvents();
    }

    @Test
    void aCheckedInPlaceIsNotReleased() {
        fixture.given(planned(1), restBooked("AAAAAA", NOW),
                        new CheckedInEvent(NIGHT, DATE, "AAAAAA", PlaceKind.REST, null, null, NOW))
                .when(new ReleaseUncheckedPlacesCommand(NIGHT, HOLD, DATE.atTime(ELEVEN_PM)))
                .expectNoEvents();
    }

    @Test
    void childcareNeedsTwoAdultsRostered() {
        fixture.given(planned(1), new RosterSetEvent(NIGHT, DATE, List.of("kim")))
                .when(childcare("AAAAAA", false, AgeBand.THREE_PLUS))
                .expectException(refused(NightRefusal.Reason.CHILDCARE_FULL_THREE_PLUS));
    }

    @Test
    void childcareIsBookedWhileTheRatioHolds() {
        fixture.given(planned(1), new RosterSetEvent(NIGHT, DATE, List.of("kim", "lou")))
                .when(childcare("AAAAAA", false, AgeBand.UNDER_2, AgeBand.TWO))
                .expectEvents(childcareBooked("AAAAAA", AgeBand.UNDER_2, AgeBand.TWO));
    }

    @Test
    void aChildcareRefusalNamesTheFullAgeBand() {
        fixture.given(planned(1), new RosterSetEvent(NIGHT, DATE, List.of("kim", "lou")),
                        childcareBooked("AAAAAA", AgeBand.UNDER_2, AgeBand.UNDER_2, AgeBand.UNDER_2, AgeBand.UNDER_2,
                                AgeBand.UNDER_2, AgeBand.UNDER_2))
                .when(childcare("BBBBBB", false, AgeBand.UNDER_2))
                .expectException(refused(CHILDCARE_FULL_UNDER2));
    }

    @Test
    void takingStaffOffTheRosterIsRefusedWhenTheChildrenBookedWouldBreakTheRatio() {
        fixture.given(planned(1), new RosterSetEvent(NIGHT, DATE, List.of("kim", "lou")),
                        childcareBooked("AAAAAA", AgeBand.TWO))
                .when(new SetRosterCommand(NIGHT, List.of("kim"), HOLD, NOW))
                .expectExceptionMessage(ROSTER_BREAKS_RATIO.name());
    }

    @Test
    void takingStaffOffTheRosterIsAllowedOnceTheChildrenAreCollected() {
        fixture.given(planned(1), new RosterSetEvent(NIGHT, DATE, List.of("kim", "lou")),
                        childcareBooked("AAAAAA", AgeBand.TWO),
                        new CheckedInEvent(NIGHT, DATE, "AAAAAA", PlaceKind.CHILDCARE, 1, AgeBand.TWO, NOW),
                        new CheckedOutEvent(NIGHT, DATE, "AAAAAA", PlaceKind.CHILDCARE, 1, AgeBand.TWO, SEALED, NOW))
                .when(new SetRosterCommand(NIGHT, List.of("kim"), HOLD, NOW))
                .expectEvents(new RosterSetEvent(NIGHT, DATE, List.of("kim")));
    }

    @Test
    void moreStaffOfferChildcareToTheWaitlist() {
        NightWaitlistJoinedEvent waiting = new NightWaitlistJoinedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM,
                PlaceKind.CHILDCARE, holder("AAAAAA"), children(AgeBand.TWO), NOW);
        fixture.given(planned(1), waiting)
                .when(new SetRosterCommand(NIGHT, List.of("kim", "lou"), HOLD, NOW))
                .expectEvents(new RosterSetEvent(NIGHT, DATE, List.of("kim", "lou")),
                        new PlaceOfferedEvent(NIGHT, DATE, "AAAAAA", PlaceKind.CHILDCARE, NOW, NOW.plus(HOLD)));
    }

    @Test
    void aChildIsCheckedOutOnlyAfterCheckIn() {
        fixture.given(planned(1), new RosterSetEvent(NIGHT, DATE, List.of("kim", "lou")),
                        childcareBooked("AAAAAA", AgeBand.TWO))
                .when(new CheckOutCommand(NIGHT, "AAAAAA", 1, SEALED, NOW))
                .expectExceptionMessage(NOT_CHECKED_IN.name());
    }

    @Test
    void aChildThatIsNotInTheBookingCannotBeCheckedIn() {
        fixture.given(planned(1), new RosterSetEvent(NIGHT, DATE, List.of("kim", "lou")),
                        childcareBooked("AAAAAA", AgeBand.TWO))
                .when(new CheckInCommand(NIGHT, "AAAAAA", 2, NOW))
                .expectExceptionMessage(CHILD_NOT_FOUND.name());
    }

    @Test
    void aChildIsCheckedInAndOutWithTheCollectingAdult() {
        fixture.given(planned(1), new RosterSetEvent(NIGHT, DATE, List.of("kim", "lou")),
                        childcareBooked("AAAAAA", AgeBand.TWO),
                        new CheckedInEvent(NIGHT, DATE, "AAAAAA", PlaceKind.CHILDCARE, 1, AgeBand.TWO, NOW))
                .when(new CheckOutCommand(NIGHT, "AAAAAA", 1, SEALED, NOW))
                .expectEvents(new CheckedOutEvent(NIGHT, DATE, "AAAAAA", PlaceKind.CHILDCARE, 1, AgeBand.TWO, SEALED,
                        NOW));
    }

    @Test
    void aNightThatIsOverTakesNoBooking() {
        fixture.given(planned(1))
                .when(new BookNightPlaceCommand(NIGHT, PlaceKind.REST, holder("AAAAAA"), List.of(), false,
                        DATE.plusDays(1).atTime(EIGHT_AM)))
                .expectExceptionMessage(NIGHT_OVER.name());
    }
}
