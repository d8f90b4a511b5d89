package org.lantern.projections.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.application.booking.BookingSettings;
import org.lantern.application.booking.BookingView;
import org.lantern.application.clinic.CentreChanges;
import org.lantern.application.clinic.HeldMove;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.session.AttendanceMarkedEvent;
import org.lantern.domain.session.BookingCancelledByCentreEvent;
import org.lantern.domain.session.BookingMovedEvent;
import org.lantern.domain.session.HeldPlaceReleasedEvent;
import org.lantern.domain.session.PlaceHeldForMoveEvent;
import org.lantern.domain.session.SessionCancelledEvent;
import org.lantern.domain.session.SessionScheduledEvent;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.projections.ProjectionStore;

/** A booking follows its moves in the clinic read model; a session called off leaves its reason for the holder. */
class ClinicMovesProjectionTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    static final String A = "2026-12-01~aaaa2222";
    static final String B = "2026-12-02~bbbb3333";
    static final LocalTime TEN = LocalTime.of(10, 0);
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 9, 0);

    final ProjectionStore store = new ProjectionStore();
    final ClinicReadModel model = new ClinicReadModel(store.database("clinic"));
    final ClinicSessionsProjection projection = new ClinicSessionsProjection(model,
            new ReadYourWrite(BookingSettings.defaults()));

    @AfterEach
    void close() {
        store.close();
    }

    private void bookedInA() {
        projection.on(new SessionScheduledEvent(A, new Service("sexual-health"), DATE, TEN, LocalTime.of(11, 0), 30, 2, null));
        projection.on(new SessionScheduledEvent(B, new Service("sexual-health"), DATE.plusDays(1), TEN, LocalTime.of(11, 0), 30,
                2, null));
        projection.on(new SlotBookedEvent(A, new Service("sexual-health"), DATE, TEN, TEN.plusMinutes(30), new Holder("K7M2QX",
                "h", "s", new SealedText("s", "c2VhbGVk"), null, null, false), AT), 7L);
    }

    @Test
    void aBookingMovedToAnotherSessionIsFoundThereAndItsNewEventsApplyWithTheirOwnSequence() {
        bookedInA();
        projection.on(new BookingMovedEvent(A, new Service("sexual-health"), DATE, TEN, "K7M2QX", B, DATE.plusDays(1),
                LocalTime.of(10, 30), LocalTime.of(11, 0), AT), 9L);
        projection.on(new AttendanceMarkedEvent(B, new Service("sexual-health"), DATE.plusDays(1), LocalTime.of(10, 30),
                "K7M2QX", BookingStatus.ARRIVED, false, AT), 2L);
        // the old session's move, delivered again, changes nothing
        projection.on(new BookingMovedEvent(A, new Service("sexual-health"), DATE, TEN, "K7M2QX", B, DATE.plusDays(1),
                LocalTime.of(10, 30), LocalTime.of(11, 0), AT), 9L);

        BookingView booking = model.booking("K7M2QX").orElseThrow();
        assertThat(booking.sessionId()).isEqualTo(B);
        assertThat(booking.startsAt()).isEqualTo(DATE.plusDays(1).atTime(10, 30));
        assertThat(booking.status()).isEqualTo(BookingStatus.ARRIVED);
    }

    @Test
    void aSessionCalledOffIsNoLongerListedAndItsBookingsKeepTheReason() {
        bookedInA();
        projection.on(new BookingCancelledByCentreEvent(A, new Service("sexual-health"), DATE, TEN, "K7M2QX", "Clinician ill",
                AT), 8L);
        projection.on(new SessionCancelledEvent(A, new Service("sexual-health"), DATE, TEN, LocalTime.of(11, 0),
                "Clinician ill", 1, AT));

        assertThat(model.booking("K7M2QX").orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(model.centreChange("K7M2QX")).contains(new CentreChanges.CentreChange(false, "Clinician ill"));
        assertThat(model.cancelled(A)).isTrue();
        assertThat(model.sessionsOn(DATE, "sexual-health")).isEmpty();
    }

    @Test
    void aBookingMovedByTheCentreKeepsTheReasonForItsHolder() {
        bookedInA();
        projection.on(new BookingMovedEvent(A, new Service("sexual-health"), DATE, TEN, "K7M2QX", B, DATE.plusDays(1),
                TEN, LocalTime.of(10, 30), AT, "The clinician comes tomorrow"), 9L);
        assertThat(model.centreChange("K7M2QX")).contains(new CentreChanges.CentreChange(true,
                "The clinician comes tomorrow"));
        assertThat(model.activeIn(B)).extracting(BookingView::reference).containsExactly("K7M2QX");
        assertThat(model.activeIn(A)).isEmpty();
    }

    private PlaceHeldForMoveEvent heldInB() {
        return new PlaceHeldForMoveEvent(B, new Service("sexual-health"), DATE.plusDays(1), TEN, TEN.plusMinutes(30), "K7M2QX",
                A, AT);
    }

    @Test
    void aHeldPlaceIsUnfinishedUntilTheOldSessionGivesItsPlaceUp() {
        bookedInA();
        projection.on(heldInB());

        assertThat(model.unfinishedSince(AT.plusMinutes(2))).containsExactly(new HeldMove("K7M2QX", A, B,
                DATE.plusDays(1), TEN, TEN.plusMinutes(30), AT));
        assertThat(model.unfinishedSince(AT)).isEmpty();

        projection.on(new BookingMovedEvent(A, new Service("sexual-health"), DATE, TEN, "K7M2QX", B, DATE.plusDays(1), TEN,
                TEN.plusMinutes(30), AT), 8L);
        assertThat(model.unfinishedSince(AT.plusMinutes(2))).isEmpty();
    }

    @Test
    void aHeldPlaceFreedAgainIsNoLongerUnfinishedAndARebuildFindsTheSame() {
        bookedInA();
        projection.on(heldInB());
        projection.on(new HeldPlaceReleasedEvent(B, new Service("sexual-health"), DATE.plusDays(1), TEN, "K7M2QX", AT));
        assertThat(model.unfinishedSince(AT.plusMinutes(2))).isEmpty();

        model.drop();
        bookedInA();
        projection.on(heldInB());
        assertThat(model.unfinishedSince(AT.plusMinutes(2))).hasSize(1);
    }
}
