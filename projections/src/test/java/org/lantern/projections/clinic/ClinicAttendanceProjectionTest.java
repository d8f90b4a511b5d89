package org.lantern.projections.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lantern.projections.clinic.ClinicSessionsProjectionTest.AT;
import static org.lantern.projections.clinic.ClinicSessionsProjectionTest.DATE;
import static org.lantern.projections.clinic.ClinicSessionsProjectionTest.SESSION;
import static org.lantern.projections.clinic.ClinicSessionsProjectionTest.TEN;
import static org.lantern.projections.clinic.ClinicSessionsProjectionTest.holder;

import com.mongodb.client.MongoDatabase;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.booking.BookingSettings;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Service;
import org.lantern.domain.session.AttendanceMarkedEvent;
import org.lantern.domain.session.NoShowUndoneEvent;
import org.lantern.domain.session.SessionScheduledEvent;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.projections.ProjectionStore;

/** Attendance in the clinic read model, and what the no-show sweep reads from it. */
class ClinicAttendanceProjectionTest {

    final ProjectionStore store = new ProjectionStore();

    @AfterEach
    void close() {
        store.close();
    }

    private static SlotBookedEvent booked(String reference) {
        return new SlotBookedEvent(SESSION, new Service("sexual-health"), DATE, TEN, LocalTime.of(10, 30),
                holder(reference), AT);
    }

    private static AttendanceMarkedEvent marked(String reference, BookingStatus status) {
        return new AttendanceMarkedEvent(SESSION, new Service("sexual-health"), DATE, TEN, reference, status,
                status == BookingStatus.NO_SHOW, DATE.atTime(10, 20));
    }

    private static void applyAll(ClinicSessionsProjection p) {
        p.on(new SessionScheduledEvent(SESSION, new Service("sexual-health"), DATE, TEN, LocalTime.of(11, 0), 30, 4, "sam"));
        p.on(booked("AAAAAA"), 1L);
        p.on(booked("BBBBBB"), 2L);
        p.on(booked("CCCCCC"), 3L);
        p.on(booked("DDDDDD"), 4L);
        p.on(marked("AAAAAA", BookingStatus.ARRIVED), 5L);
        p.on(marked("AAAAAA", BookingStatus.SEEN), 6L);
        p.on(marked("BBBBBB", BookingStatus.NO_SHOW), 7L);
        p.on(new NoShowUndoneEvent(SESSION, new Service("sexual-health"), DATE, TEN, "BBBBBB", DATE.atTime(10, 25)), 8L);
        p.on(marked("CCCCCC", BookingStatus.NO_SHOW), 9L);
    }

    private ClinicReadModel model(MongoDatabase db) {
        ClinicReadModel model = new ClinicReadModel(db);
        applyAll(new ClinicSessionsProjection(model, new ReadYourWrite(BookingSettings.defaults())));
        return model;
    }

    @Test
    void eachBookingShowsWhereItStands() {
        ClinicReadModel model = model(store.database("live"));

        assertThat(model.booking("AAAAAA").orElseThrow().status()).isEqualTo(BookingStatus.SEEN);
        assertThat(model.booking("BBBBBB").orElseThrow().status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(model.booking("CCCCCC").orElseThrow().status()).isEqualTo(BookingStatus.NO_SHOW);
        assertThat(model.activeBookings(List.of(SESSION))).hasSize(4);
    }

    @Test
    void theSweepSeesOnlyBookingsStillExpectedWhoseTimeHasCome() {
        ClinicReadModel model = model(store.database("live"));

        assertThat(model.notArrivedBy(DATE.atTime(10, 0))).extracting(BookingView::reference)
                .containsExactly("DDDDDD");
        assertThat(model.notArrivedBy(DATE.atTime(9, 59))).isEmpty();
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        MongoDatabase db = store.database("twice");
        ClinicReadModel model = model(db);
        List<Document> once = documents(db);

        applyAll(new ClinicSessionsProjection(model, new ReadYourWrite(BookingSettings.defaults())));

        assertThat(documents(db)).isEqualTo(once);
    }

    private static List<Document> documents(MongoDatabase db) {
        List<Document> all = new ArrayList<>();
        db.getCollection(ClinicReadModel.BOOKINGS).find().sort(new Document("_id", 1)).into(all);
        return all;
    }
}
