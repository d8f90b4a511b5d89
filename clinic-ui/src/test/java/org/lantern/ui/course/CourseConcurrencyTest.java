package org.lantern.ui.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lantern.application.booking.BookingCodes;
import org.lantern.application.booking.Commands;
import org.lantern.application.course.CourseRecovery;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.course.CourseReferences;
import org.lantern.domain.course.StartCourseBookingCommand;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.session.BookSlotCommand;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.Race;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * All or none under real concurrency: two people race for overlapping courses, or one races a single booking of
 * one of the course's sessions. Never a half-booked course, never a session booked twice; and a booking a crash
 * stopped half way gives its sessions back after a restart's sweep.
 */
@LanternIntegrationTest
class CourseConcurrencyTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;
    @Autowired
    Commands commands;
    @Autowired
    CourseRecovery recovery;
    @Autowired
    BookingCodes codes;
    @Autowired
    org.lantern.application.booking.CentreClock centre;

    private static final AtomicInteger ROUNDS = new AtomicInteger();

    /**
     * Every round's courses at an hour of their own: the rounds share one counsellor, and a round's weeks may fall
     * on another round's dates.
     */
    private static String nextHour() {
        return java.time.LocalTime.of(7 + ROUNDS.getAndIncrement() % 12, 0).toString();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @RepeatedTest(5)
    void twoPeopleRaceForOverlappingCoursesAndExactlyOneHoldsEverySessionOfTheirs() throws Exception {
        CourseClient courses = new CourseClient(api);
        String counsellor = courses.sharedBy(this);
        LocalDate first = Api.freshDate();
        String hour = nextHour();
        Map<String, Object> a = courses.setUp(counsellor, first, hour, 3);
        Map<String, Object> b = courses.setUp(counsellor, first.plusWeeks(1), hour, 3);
        // the courses share the second and third weeks of a (its sessions are b's first two)
        assertThat(CourseClient.sessionId(b, 1)).isEqualTo(CourseClient.sessionId(a, 2));

        List<Integer> statuses = Race.race(2, i -> courses.book((String) (i == 0 ? a : b).get("courseId"),
                "Racer " + i).returnResult(String.class).getStatus().value());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        if (statuses.get(0) == 201) {
            courses.awaitFree(a, List.of(0, 0, 0));
            courses.awaitFree(b, List.of(0, 0, 1));
        } else {
            courses.awaitFree(a, List.of(1, 0, 0));
            courses.awaitFree(b, List.of(0, 0, 0));
        }
    }

    @RepeatedTest(5)
    void aCourseRacesASingleBookingOfOneOfItsSessionsAndOnlyOneOfThemGetsIt() throws Exception {
        CourseClient courses = new CourseClient(api);
        LocalDate first = Api.freshDate();
        Map<String, Object> course = courses.setUp(courses.sharedBy(this), first,
                nextHour(), 4);

        List<Integer> statuses = Race.race(2, i -> i == 0
                ? courses.book((String) course.get("courseId"), "Whole").returnResult(String.class).getStatus().value()
                : api.book(CourseClient.sessionId(course, 3), CourseClient.sessionStart(course, 3), "Single")
                        .returnResult(String.class).getStatus().value());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        courses.awaitFree(course, statuses.get(0) == 201 ? List.of(0, 0, 0, 0) : List.of(1, 1, 0, 1));
    }

    @Test
    void aBookingStoppedHalfWayByACrashGivesItsSessionsBackAfterTheSweep() {
        CourseClient courses = new CourseClient(api);
        LocalDate first = Api.freshDate();
        Map<String, Object> course = courses.setUp(courses.sharedBy(this), first,
                "19:00", 3);
        String courseId = (String) course.get("courseId");
        String reference = codes.reference();
        SealedText sealed = new SealedText("crash-subject", "c2VhbGVk");
        Holder holder = new Holder(reference, "{hmac-sha256}00", "crash-subject", sealed, null, null, false);
        // what a request had done when the process died: the course began, one session was claimed
        commands.send(new StartCourseBookingCommand(courseId, holder, centre.now()));
        commands.send(new BookSlotCommand(CourseClient.sessionId(course, 1), LocalTime.of(19, 0),
                new Holder(CourseReferences.session(reference, 1, 3, 0), "{hmac-sha256}00", "crash-subject", sealed,
                        null, null, false), centre.now()));
        courses.awaitFree(course, List.of(0, 1, 1));
        courses.book(courseId, "Waiting").expectStatus().isEqualTo(409);

        recovery.sweep();
        courses.awaitFree(course, List.of(0, 1, 1));
        clock.advance(Duration.ofMinutes(3));
        recovery.sweep();
        clock.reset();

        courses.awaitFree(course, List.of(1, 1, 1));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> courses.listed(course, first));
        courses.book(courseId, "Waiting").expectStatus().isCreated();
        courses.awaitFree(course, List.of(0, 0, 0));
    }
}
