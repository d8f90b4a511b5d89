package org.lantern.domain.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.privacy.SealedText;

class CourseTest {

    private static final String COURSE = "course~2026-12-01~k3j9x2ab";
    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
    private static final LocalDateTime BEFORE = FIRST.minusDays(3).atTime(12, 0);
    private static final List<CourseSession> SESSIONS = List.of(
            new CourseSession("2026-12-01~c1000abcdefg", FIRST, LocalTime.of(10, 0), LocalTime.of(10, 50)),
            new CourseSession("2026-12-08~c1000abcdefg", FIRST.plusWeeks(1), LocalTime.of(10, 0), LocalTime.of(10, 50)));

    private FixtureConfiguration<Course> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Course.class);
    }

    private static Holder holder(String reference) {
        SealedText sealed = new SealedText("subject-" + reference, "c2VhbGVk");
        return new Holder(reference, "{hmac}" + reference, "subject-" + reference, sealed, null, null, false);
    }

    private static CourseSetUpEvent setUpEvent() {
        return new CourseSetUpEvent(COURSE, "alex", SESSIONS, BEFORE, "counselling");
    }

    private static CourseBookingStartedEvent started(String reference) {
        return new CourseBookingStartedEvent(COURSE, holder(reference), BEFORE);
    }

    @Test
    void setsUpACourseOfItsSessions() {
        fixture.givenNoPriorActivity().when(new SetUpCourseCommand(COURSE, "alex", SESSIONS, BEFORE, "counselling"))
                .expectEvents(setUpEvent());
    }

    @Test
    void refusesACourseOfNoWeeksOrMoreThanTwelve() {
        fixture.givenNoPriorActivity().when(new SetUpCourseCommand(COURSE, "alex", List.of(), BEFORE, "counselling"))
                .expectException(Matchers.predicate(e -> e instanceof CourseRefusal r
                        && r.reason() == CourseRefusal.Reason.COURSE_WEEKS_OUT_OF_RANGE)).expectNoEvents();
    }

    @Test
    void aBookingBeginsOnAFreeCourse() {
        fixture.given(setUpEvent()).when(new StartCourseBookingCommand(COURSE, holder("AAAAAA"), BEFORE))
                .expectEvents(started("AAAAAA"));
    }

    @Test
    void aSecondPersonIsRefusedWhileTheFirstClaimsTheSessions() {
        fixture.given(setUpEvent(), started("AAAAAA"))
                .when(new StartCourseBookingCommand(COURSE, holder("BBBBBB"), BEFORE))
                .expectException(Matchers.predicate(e -> e instanceof CourseRefusal r
                        && r.reason() == CourseRefusal.Reason.COURSE_TAKEN)).expectNoEvents();
    }

    @Test
    void aCourseThatHasBegunCannotBeBooked() {
        fixture.given(setUpEvent()).when(new StartCourseBookingCommand(COURSE, holder("AAAAAA"), FIRST.atTime(10, 0)))
                .expectException(Matchers.predicate(e -> e instanceof CourseRefusal r
                        && r.reason() == CourseRefusal.Reason.COURSE_BEGUN)).expectNoEvents();
    }

    @Test
    void confirmingNamesEachSessionsPlaceByItsOwnReference() {
        fixture.given(setUpEvent(), started("AAAAAA")).when(new ConfirmCourseBookingCommand(COURSE, "AAAAAA", BEFORE))
                .expectEvents(new CourseBookedEvent(COURSE, "AAAAAA", "alex", List.of(
                        new CoursePlace(1, SESSIONS.get(0).sessionId(), FIRST, LocalTime.of(10, 0),
                                LocalTime.of(10, 50), CourseReferences.session("AAAAAA", 1, 2, 0)),
                        new CoursePlace(2, SESSIONS.get(1).sessionId(), FIRST.plusWeeks(1), LocalTime.of(10, 0),
                                LocalTime.of(10, 50), CourseReferences.session("AAAAAA", 2, 2, 0))), BEFORE));
    }

    @Test
    void anAbandonedBookingFreesTheCourseForTheNextPerson() {
        fixture.given(setUpEvent(), started("AAAAAA"),
                        new CourseBookingAbandonedEvent(COURSE, "AAAAAA", List.of(FIRST), BEFORE))
                .when(new StartCourseBookingCommand(COURSE, holder("BBBBBB"), BEFORE))
                .expectEvents(started("BBBBBB"));
    }

    @Test
    void aFinishedBookingIsNeverAbandonedByALateSweep() {
        fixture.given(setUpEvent(), started("AAAAAA"), new CourseBookedEvent(COURSE, "AAAAAA", "alex", List.of(), BEFORE))
                .when(new AbandonCourseBookingCommand(COURSE, "AAAAAA", List.of(), BEFORE))
                .expectException(Matchers.predicate(e -> e instanceof CourseRefusal r
                        && r.reason() == CourseRefusal.Reason.COURSE_BOOKING_ENDED)).expectNoEvents();
    }

    @Test
    void anAbandonedBookingIsNeverConfirmedByTheSlowRequestThatBeganIt() {
        fixture.given(setUpEvent(), started("AAAAAA"),
                        new CourseBookingAbandonedEvent(COURSE, "AAAAAA", List.of(), BEFORE))
                .when(new ConfirmCourseBookingCommand(COURSE, "AAAAAA", BEFORE))
                .expectException(Matchers.predicate(e -> e instanceof CourseRefusal r
                        && r.reason() == CourseRefusal.Reason.COURSE_BOOKING_ENDED)).expectNoEvents();
    }

    @Test
    void abandoningTwiceRecordsNothingMore() {
        fixture.given(setUpEvent(), started("AAAAAA"),
                        new CourseBookingAbandonedEvent(COURSE, "AAAAAA", List.of(), BEFORE))
                .when(new AbandonCourseBookingCommand(COURSE, "AAAAAA", List.of(), BEFORE))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void cancellingFreesTheCourseAndCancellingTwiceIsNoError() {
        fixture.given(setUpEvent(), started("AAAAAA"), new CourseBookedEvent(COURSE, "AAAAAA", "alex", List.of(), BEFORE))
                .when(new CancelCourseBookingCommand(COURSE, "AAAAAA", BEFORE))
                .expectEvents(new CourseBookingCancelledEvent(COURSE, "AAAAAA", BEFORE));
        fixture.given(setUpEvent(), started("AAAAAA"), new CourseBookedEvent(COURSE, "AAAAAA", "alex", List.of(), BEFORE),
                        new CourseBookingCancelledEvent(COURSE, "AAAAAA", BEFORE))
                .when(new CancelCourseBookingCommand(COURSE, "AAAAAA", BEFORE))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void commandsToACourseNeverSetUpAreRefused() {
        fixture.givenNoPriorActivity().when(new StartCourseBookingCommand(COURSE, holder("AAAAAA"), BEFORE))
                .expectException(Matchers.predicate(e -> e instanceof CourseRefusal r
                        && r.reason() == CourseRefusal.Reason.COURSE_NOT_FOUND)).expectNoEvents();
    }

    @Test
    void aSessionsReferenceSaysWhichSessionOfHowManyAndItsMoves() {
        String reference = CourseReferences.session("K7M2QX", 3, 6, 2);
        assertThat(reference).hasSize(CourseReferences.LENGTH).startsWith("K7M2QX");
        assertThat(CourseReferences.isSession(reference)).isTrue();
        assertThat(CourseReferences.isSession("K7M2QX")).isFalse();
        assertThat(CourseReferences.course(reference)).isEqualTo("K7M2QX");
        assertThat(CourseReferences.number(reference)).isEqualTo(3);
        assertThat(CourseReferences.of(reference)).isEqualTo(6);
        assertThat(CourseReferences.moves(reference)).isEqualTo(2);
        assertThat(org.lantern.domain.booking.BookingReference.parse(reference.toLowerCase())).isPresent();
    }

    @Test
    void aCourseIdNamesItsFirstDateAndNothingElse() {
        assertThat(CourseId.parse(COURSE)).isPresent();
        assertThat(CourseId.parse("course~2026-13-01~k3j9x2ab")).isEmpty();
        assertThat(CourseId.parse("2026-12-01~k3j9x2ab")).isEmpty();
        assertThat(CourseId.parse("<script>")).isEmpty();
    }
}
