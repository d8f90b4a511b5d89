package org.lantern.projections.nightcentre;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.booking.BookingSettings;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.application.nightcentre.NightBookingView;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.nightcentre.AgeBand;
import org.lantern.domain.nightcentre.CheckedInEvent;
import org.lantern.domain.nightcentre.Child;
import org.lantern.domain.nightcentre.NightId;
import org.lantern.domain.nightcentre.NightPlaceBookedEvent;
import org.lantern.domain.nightcentre.NightPlannedEvent;
import org.lantern.domain.nightcentre.NightWaitlistJoinedEvent;
import org.lantern.domain.nightcentre.PlaceKind;
import org.lantern.domain.nightcentre.PlaceOfferedEvent;
import org.lantern.domain.nightcentre.RosterSetEvent;
import org.lantern.domain.privacy.ErasureReason;
import org.lantern.domain.privacy.PersonalDataErasedEvent;
import org.lantern.domain.privacy.SealedText;
import org.lantern.projections.ProjectionStore;

/** The night centre's read model: events in, documents out; applied twice changes nothing; rebuilt equals live. */
class NightCentreProjectionTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    static final String NIGHT = NightId.of(DATE);
    static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 12, 0);
    static final LocalTime EIGHT_PM = LocalTime.of(20, 0);
    static final LocalTime EIGHT_AM = LocalTime.of(8, 0);

    final ProjectionStore store = new ProjectionStore();

    @AfterEach
    void close() {
        store.close();
    }

    static Holder holder(String reference) {
        return new Holder(reference, "{hmac-sha256}ab", "subject-" + reference,
                new SealedText("subject-" + reference, "c2VhbGVk"), null, null, false);
    }

    static List<Object> history() {
        return List.of(
                new NightPlannedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM, 1, LocalTime.of(23, 0)),
                new RosterSetEvent(NIGHT, DATE, List.of("kim", "lou")),
                new NightPlaceBookedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM, PlaceKind.REST, holder("AAAAAA"), List.of(),
                        AT),
                new NightWaitlistJoinedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM, PlaceKind.REST, holder("BBBBBB"),
                        List.of(), AT),
                new NightPlaceBookedEvent(NIGHT, DATE, EIGHT_PM, EIGHT_AM, PlaceKind.CHILDCARE, holder("CCCCCC"),
                        List.of(new Child(new SealedText("subject-CCCCCC", "bmFtZQ=="), AgeBand.TWO)), AT),
                new PlaceOfferedEvent(NIGHT, DATE, "BBBBBB", PlaceKind.REST, AT, AT.plusMinutes(30)),
                new CheckedInEvent(NIGHT, DATE, "CCCCCC", PlaceKind.CHILDCARE, 1, AgeBand.TWO, AT));
    }

    static NightCentreProjection projection(MongoDatabase db) {
        return new NightCentreProjection(new NightReadModel(db), new ReadYourWrite(BookingSettings.defaults()),
                SimpleQueryUpdateEmitter.builder().build());
    }

    static void apply(NightCentreProjection p, List<Object> events) {
        long sequence = 0;
        for (Object e : events) {
            if (e instanceof NightPlannedEvent x) {
                p.on(x, sequence);
            } else if (e instanceof RosterSetEvent x) {
                p.on(x, sequence);
            } else if (e instanceof NightPlaceBookedEvent x) {
                p.on(x, sequence);
            } else if (e instanceof NightWaitlistJoinedEvent x) {
                p.on(x, sequence);
            } else if (e instanceof PlaceOfferedEvent x) {
                p.on(x, sequence);
            } else if (e instanceof CheckedInEvent x) {
                p.on(x, sequence);
            }
            sequence++;
        }
    }

    static List<Document> documents(MongoDatabase db) {
        List<Document> all = new ArrayList<>();
        db.getCollection(NightReadModel.NIGHTS).find().forEach(all::add);
        db.getCollection(NightReadModel.BOOKINGS).find().sort(new Document("_id", 1)).forEach(all::add);
        return all;
    }

    @Test
    void eventsMakeTheNightAndItsBookings() {
        MongoDatabase db = store.database("night");
        apply(projection(db), history());
        NightReadModel model = new NightReadModel(db);
        assertThat(model.night(DATE).orElseThrow().childcareStaff()).containsExactly("kim", "lou");
        assertThat(model.bookings(NIGHT)).extracting(NightBookingView::reference)
                .containsExactly("AAAAAA", "BBBBBB", "CCCCCC");
        assertThat(model.nightBooking("BBBBBB").orElseThrow().status()).isEqualTo(BookingStatus.OFFERED);
        assertThat(model.nightBooking("CCCCCC").orElseThrow().children().get(0).in()).isTrue();
        assertThat(model.booking("AAAAAA").orElseThrow().service()).isEqualTo("night-rest");
    }

    @Test
    void anEventAppliedTwiceChangesNothing() {
        MongoDatabase once = store.database("once");
        MongoDatabase twice = store.database("twice");
        apply(projection(once), history());
        NightCentreProjection p = projection(twice);
        apply(p, history());
        apply(p, history());
        assertThat(documents(twice)).isEqualTo(documents(once));
    }

    @Test
    void aRebuildFromTheFirstEventEqualsTheLiveModel() {
        MongoDatabase db = store.database("rebuild");
        apply(projection(db), history());
        List<Document> live = documents(db);
        new NightReadModel(db).drop();
        apply(projection(db), history());
        assertThat(documents(db)).isEqualTo(live);
    }

    @Test
    void erasureBlanksThePseudonymAndTheChildrensNames() {
        MongoDatabase db = store.database("erased");
        NightCentreProjection p = projection(db);
        apply(p, history());
        p.on(new PersonalDataErasedEvent("subject-CCCCCC", "CCCCCC", ErasureReason.PERSON, AT));
        Document doc = db.getCollection(NightReadModel.BOOKINGS).find(new Document("_id", "CCCCCC")).first();
        assertThat(doc.toJson()).doesNotContain("ciphertext").doesNotContain("bmFtZQ==");
        assertThat(new NightReadModel(db).booking("CCCCCC").orElseThrow().erased()).isTrue();
    }

    @Test
    void theDeadlinesDueAreFoundByTime() {
        MongoDatabase db = store.database("due");
        apply(projection(db), history());
        NightReadModel model = new NightReadModel(db);
        assertThat(model.nightsWithExpiredOffers(AT.plusMinutes(29))).isEmpty();
        assertThat(model.nightsWithExpiredOffers(AT.plusMinutes(30))).containsExactly(NIGHT);
        assertThat(model.nightsToRelease(DATE.atTime(22, 59))).isEmpty();
        assertThat(model.nightsToRelease(DATE.atTime(23, 0))).containsExactly(NIGHT);
        assertThat(model.nightsToRelease(DATE.plusDays(1).atTime(8, 0))).isEmpty();
    }
}
