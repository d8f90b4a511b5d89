package org.lantern.projections.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.booking.BookingSettings;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.ErasureReason;
import org.lantern.domain.privacy.PersonalDataErasedEvent;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.session.BookingCancelledEvent;
import org.lantern.domain.session.SessionScheduledEvent;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.projections.ProjectionStore;

/** The clinic read model: events in, documents out; an event applied twice changes nothing. */
class ClinicSessionsProjectionTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 18, 30);
    static final String SESSION = "2026-12-01~abcd2345";
    static final LocalTime TEN = LocalTime.of(10, 0);

    final ProjectionStore store = new ProjectionStore();

    @AfterEach
    void close() {
        store.close();
    }

    static Holder holder(String reference) {
        return new Holder(reference, "{hmac-sha256}ab", "subject-" + reference,
                new SealedText("subject-" + reference, "c2VhbGVk"), null, null, false);
    }

    /** The events of one session's stream with their sequence numbers. */
    static List<Object[]> history() {
        return List.of(
                new Object[] {new SessionScheduledEvent(SESSION, new Service("police-clinic"), DATE, TEN, LocalTime.of(11, 0),
                        30, 2, "sam"), 0L},
                new Object[] {new SlotBookedEvent(SESSION, new Service("police-clinic"), DATE, TEN, LocalTime.of(10, 30),
                        holder("AAAAAA"), AT), 1L},
                new Object[] {new SlotBookedEvent(SESSION, new Service("police-clinic"), DATE, TEN, LocalTime.of(10, 30),
                        holder("BBBBBB"), AT), 2L},
                new Object[] {new BookingCancelledEvent(SESSION, new Service("police-clinic"), DATE, TEN, "AAAAAA", AT), 3L},
                new Object[] {new PersonalDataErasedEvent("subject-BBBBBB", "BBBBBB", ErasureReason.PERSON, AT), 0L});
    }

    static void apply(ClinicSessionsProjection projection, Object[] e) {
        long seq = (Long) e[1];
        if (e[0] instanceof SessionScheduledEvent s) {
            projection.on(s);
        } else if (e[0] instanceof SlotBookedEvent b) {
            projection.on(b, seq);
        } else if (e[0] instanceof BookingCancelledEvent c) {
            projection.on(c, seq);
        } else {
            projection.on((PersonalDataErasedEvent) e[0]);
        }
    }

    ClinicReadModel modelIn(MongoDatabase db, List<String> woken) {
        ReadYourWrite readYourWrite = new ReadYourWrite(BookingSettings.defaults()) {
            @Override
            public void changed(String key) {
                woken.add(key);
                super.changed(key);
            }
        };
        ClinicReadModel model = new ClinicReadModel(db);
        history().forEach(e -> apply(new ClinicSessionsProjection(model, readYourWrite), e));
        return model;
    }

    @Test
    void eachEventShowsInTheReadModelWithoutReadingAnyOtherDocument() {
        List<String> woken = new ArrayList<>();
        ClinicReadModel model = modelIn(store.database("live"), woken);

        BookingView cancelled = model.booking("AAAAAA").orElseThrow();
        assertThat(cancelled.status()).isEqualTo(org.lantern.domain.booking.BookingStatus.CANCELLED);
        assertThat(cancelled.service()).isEqualTo("police-clinic");
        assertThat(cancelled.end()).isEqualTo(LocalTime.of(10, 30));
        BookingView erased = model.booking("BBBBBB").orElseThrow();
        assertThat(erased.active()).isTrue();
        assertThat(erased.erased()).isTrue();
        assertThat(erased.pseudonym()).isNull();
        assertThat(model.session(SESSION)).hasValueSatisfying(s -> assertThat(s.slotStarts()).hasSize(2));
        assertThat(model.activeBookings(List.of(SESSION))).extracting(BookingView::reference).containsExactly("BBBBBB");
        assertThat(woken).containsExactly(SESSION, "AAAAAA", "BBBBBB", "AAAAAA", "BBBBBB");
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        MongoDatabase db = store.database("twice");
        ClinicReadModel model = modelIn(db, new ArrayList<>());
        List<Document> once = documents(db);

        ClinicSessionsProjection projection = new ClinicSessionsProjection(model,
                new ReadYourWrite(BookingSettings.defaults()));
        history().forEach(e -> apply(projection, e));

        assertThat(documents(db)).isEqualTo(once);
    }

    @Test
    void aReadModelRebuiltFromTheEventsEqualsTheLiveOne() {
        MongoDatabase live = store.database("live");
        ClinicReadModel model = modelIn(live, new ArrayList<>());
        model.drop();
        modelIn(live, new ArrayList<>());
        MongoDatabase fresh = store.database("fresh");
        modelIn(fresh, new ArrayList<>());

        assertThat(documents(live)).isEqualTo(documents(fresh));
    }

    private static List<Document> documents(MongoDatabase db) {
        List<Document> all = new ArrayList<>();
        for (String name : List.of(ClinicReadModel.SESSIONS, ClinicReadModel.BOOKINGS)) {
            db.getCollection(name).find().sort(new Document("_id", 1)).into(all);
        }
        return all;
    }
}
