package org.lantern.projections.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.booking.BookingSettings;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.application.course.CourseBookingView;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Service;
import org.lantern.domain.course.CourseBookedEvent;
import org.lantern.domain.course.CourseBookingAbandonedEvent;
import org.lantern.domain.course.CourseBookingCancelledEvent;
import org.lantern.domain.course.CourseBookingStartedEvent;
import org.lantern.domain.course.CourseReferences;
import org.lantern.domain.course.CourseSession;
import org.lantern.domain.course.CourseSetUpEvent;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.session.BookingCancelledEvent;
import org.lantern.domain.session.BookingMovedEvent;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.projections.ProjectionStore;

/** The course read model: events in, views out; applied twice, nothing changes; a move's newest place wins. */
class CourseProjectionTest {

    static final String COURSE = "course~2026-12-01~k3j9x2ab";
    static final LocalDate FIRST = LocalDate.of(2026, 12, 1);
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 18, 30);
    static final LocalTime TEN = LocalTime.of(10, 0);
    static final LocalTime TEN_FIFTY = LocalTime.of(10, 50);
    static final List<CourseSession> SESSIONS = List.of(
            new CourseSession("2026-12-01~c1000abcdefg", FIRST, TEN, TEN_FIFTY),
            new CourseSession("2026-12-08~c1000abcdefg", FIRST.plusWeeks(1), TEN, TEN_FIFTY));
    static final Holder HOLDER = new Holder("AAAAAA", "{hmac}", "subject-a", new SealedText("subject-a", "c2Vh"),
            null, null, false);

    final ProjectionStore store = new ProjectionStore();
    final CourseReadModel model = new CourseReadModel(store.database("courses"),
            org.lantern.testing.TestCatalogue.seeded());
    final CourseProjection projection = new CourseProjection(model,
            new ReadYourWrite(BookingSettings.defaults()));

    @AfterEach
    void close() {
        store.close();
    }

    private void booked(int n, String sessionId, LocalDate date, LocalTime start, int moves, long seq) {
        projection.on(new SlotBookedEvent(sessionId, new Service("counselling"), date, start, start.plusMinutes(50),
                new Holder(CourseReferences.session("AAAAAA", n, 2, moves), HOLDER.secretHash(), HOLDER.subjectId(),
                        HOLDER.pseudonym(), null, null, false), AT), seq);
    }

    private void bookWhole() {
        projection.on(new CourseSetUpEvent(COURSE, "alex", SESSIONS, AT, null));
        projection.on(new CourseBookingStartedEvent(COURSE, HOLDER, AT), 1L);
        booked(1, SESSIONS.get(0).sessionId(), FIRST, TEN, 0, 1L);
        booked(2, SESSIONS.get(1).sessionId(), FIRST.plusWeeks(1), TEN, 0, 1L);
        projection.on(new CourseBookedEvent(COURSE, "AAAAAA", "alex", List.of(), AT), 2L);
    }

    @Test
    void aBookedCourseIsHeldAndItsHolderSeesEverySession() {
        bookWhole();
        bookWhole();

        assertThat(model.course(COURSE)).hasValueSatisfying(c -> assertThat(c.held()).isTrue());
        CourseBookingView view = model.courseBooking("AAAAAA").orElseThrow();
        assertThat(view.stage()).isEqualTo(CourseBookingView.Stage.BOOKED);
        assertThat(view.places()).extracting(CourseBookingView.Place::n).containsExactly(1, 2);
        assertThat(model.booking("AAAAAA")).hasValueSatisfying(b -> {
            assertThat(b.status()).isEqualTo(BookingStatus.BOOKED);
            assertThat(b.sessionId()).isEqualTo(COURSE);
        });
    }

    @Test
    void aBookingStillClaimingIsNotTheHoldersYetAndOneGivenBackFreesTheCourse() {
        projection.on(new CourseSetUpEvent(COURSE, "alex", SESSIONS, AT, "counselling"));
        projection.on(new CourseBookingStartedEvent(COURSE, HOLDER, AT), 1L);
        assertThat(model.booking("AAAAAA")).isEmpty();
        assertThat(model.unfinishedSince(AT.plusMinutes(5))).extracting(CourseBookingView::reference)
                .containsExactly("AAAAAA");
        assertThat(model.unfinishedSince(AT)).isEmpty();

        projection.on(new CourseBookingAbandonedEvent(COURSE, "AAAAAA", List.of(FIRST), AT), 2L);

        assertThat(model.course(COURSE)).hasValueSatisfying(c -> assertThat(c.held()).isFalse());
        assertThat(model.booking("AAAAAA")).isEmpty();
        assertThat(model.unfinishedSince(AT.plusMinutes(5))).isEmpty();
    }

    @Test
    void aMovedSessionShowsItsNewPlaceInWhateverOrderTheSessionsEventsArrive() {
        bookWhole();
        String other = "2026-12-08~k9k9k9k9";
        projection.on(new BookingCancelledEvent(SESSIONS.get(1).sessionId(), new Service("counselling"), FIRST.plusWeeks(1),
                TEN, CourseReferences.session("AAAAAA", 2, 2, 0), AT), 2L);
        assertThat(model.placesLeftByAMove()).isEmpty();
        booked(2, other, FIRST.plusWeeks(1), LocalTime.of(15, 0), 1, 1L);

        CourseBookingView.Place moved = model.courseBooking("AAAAAA").orElseThrow().place(2);
        assertThat(moved.sessionId()).isEqualTo(other);
        assertThat(moved.start()).isEqualTo(FIRST.plusWeeks(1).atTime(15, 0));
        assertThat(moved.active()).isTrue();
    }

    @Test
    void aPlaceAMoveReplacedButDidNotGiveBackIsFoundForTheSweep() {
        bookWhole();
        booked(2, "2026-12-08~k9k9k9k9", FIRST.plusWeeks(1), LocalTime.of(15, 0), 1, 1L);

        assertThat(model.placesLeftByAMove()).singleElement().satisfies(p -> {
            assertThat(p.sessionId()).isEqualTo(SESSIONS.get(1).sessionId());
            assertThat(p.sessionReference()).isEqualTo(CourseReferences.session("AAAAAA", 2, 2, 0));
        });
    }

    @Test
    void aCancelledCourseIsFreeAgainAndItsBookingSaysCancelled() {
        bookWhole();
        projection.on(new CourseBookingCancelledEvent(COURSE, "AAAAAA", AT), 3L);
        projection.on(new CourseBookingCancelledEvent(COURSE, "AAAAAA", AT), 3L);

        assertThat(model.course(COURSE)).hasValueSatisfying(c -> assertThat(c.held()).isFalse());
        assertThat(model.booking("AAAAAA")).hasValueSatisfying(b -> assertThat(b.active()).isFalse());
    }

    @Test
    void aCourseIsDueForErasureOnlyOnceItsLastSessionHasEnded() {
        bookWhole();

        assertThat(model.endedBy(FIRST.atTime(12, 0))).isEmpty();
        assertThat(model.endedBy(FIRST.plusWeeks(1).atTime(10, 50))).extracting(b -> b.reference())
                .containsExactly("AAAAAA");
    }

    @Test
    void aPlaceTheCentreMovedWithItsSessionShowsItsNewTimeAndALateEventOfTheOldSessionChangesNothing() {
        bookWhole();
        String sessionReference = CourseReferences.session("AAAAAA", 2, 2, 0);
        String moved = "2026-12-09~c2000abcdefg";
        BookingMovedEvent event = new BookingMovedEvent(SESSIONS.get(1).sessionId(), new Service("counselling"),
                FIRST.plusWeeks(1), TEN, sessionReference, moved, FIRST.plusWeeks(1).plusDays(1), LocalTime.of(14, 0),
                LocalTime.of(14, 50), AT, "The counsellor is ill");

        projection.on(event, 3L);
        projection.on(event, 3L);
        projection.on(new BookingCancelledEvent(SESSIONS.get(1).sessionId(), new Service("counselling"), FIRST.plusWeeks(1),
                TEN, sessionReference, AT), 4L);

        CourseBookingView.Place place = model.courseBooking("AAAAAA").orElseThrow().place(2);
        assertThat(place.sessionId()).isEqualTo(moved);
        assertThat(place.start()).isEqualTo(FIRST.plusWeeks(1).plusDays(1).atTime(14, 0));
        assertThat(place.active()).isTrue();
        assertThat(model.placesLeftByAMove()).isEmpty();
    }
}
