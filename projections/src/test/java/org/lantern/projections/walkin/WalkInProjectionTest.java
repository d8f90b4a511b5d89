package org.lantern.projections.walkin;

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
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.application.walkin.QueueEntry;
import org.lantern.domain.booking.Service;
import org.lantern.domain.walkin.BookedArrivalQueuedEvent;
import org.lantern.domain.walkin.Priority;
import org.lantern.domain.walkin.PriorityChangedEvent;
import org.lantern.domain.walkin.TicketCalledEvent;
import org.lantern.domain.walkin.TicketReturnedEvent;
import org.lantern.domain.walkin.TicketSeenEvent;
import org.lantern.domain.walkin.TicketStatus;
import org.lantern.domain.walkin.WalkInAddedEvent;
import org.lantern.projections.ProjectionStore;

/** The walk-in read model: events in, places out; applied twice changes nothing; rebuilt equals live. */
class WalkInProjectionTest {

    static final LocalDate DATE = LocalDate.of(2026, 12, 1);
    static final String QUEUE = "queue~2026-12-01~sexual-health";
    static final LocalDateTime AT = DATE.atTime(9, 30);

    final ProjectionStore store = new ProjectionStore();

    @AfterEach
    void close() {
        store.close();
    }

    static void applyAll(WalkInProjection p) {
        p.on(new WalkInAddedEvent(QUEUE, new Service("sexual-health"), DATE, "t-one", "A1", 1, "hash-one", Priority.ROUTINE,
                null, null, null, AT), 0L);
        p.on(new WalkInAddedEvent(QUEUE, new Service("sexual-health"), DATE, "t-two", "A2", 2, "hash-two", Priority.SOON,
                "pep", null, null, AT), 1L);
        p.on(new BookedArrivalQueuedEvent(QUEUE, new Service("sexual-health"), DATE, "K7M2QX", "A3", 3, LocalTime.of(10, 0),
                AT), 2L);
        p.on(new PriorityChangedEvent(QUEUE, "t-one", Priority.URGENT, "exposure", AT.plusMinutes(1)), 3L);
        p.on(new TicketCalledEvent(QUEUE, "t-two", "Room 1", null, AT.plusMinutes(2)), 4L);
        p.on(new TicketReturnedEvent(QUEUE, "t-two", AT.plusMinutes(3)), 5L);
        p.on(new TicketCalledEvent(QUEUE, "t-one", "Room 2", "sam", AT.plusMinutes(4)), 6L);
        p.on(new TicketSeenEvent(QUEUE, "t-one", AT.plusMinutes(14)), 7L);
    }

    private WalkInReadModel model(MongoDatabase db) {
        WalkInReadModel model = new WalkInReadModel(db);
        applyAll(new WalkInProjection(model, new ReadYourWrite(BookingSettings.defaults())));
        return model;
    }

    @Test
    void eachPlaceShowsWhereItStands() {
        WalkInReadModel model = model(store.database("live"));

        QueueEntry one = model.entry("t-one").orElseThrow();
        assertThat(one.status()).isEqualTo(TicketStatus.SEEN);
        assertThat(one.priority()).isEqualTo(Priority.URGENT);
        assertThat(one.calledAt()).isEqualTo(AT.plusMinutes(4));
        assertThat(one.seenAt()).isEqualTo(AT.plusMinutes(14));
        QueueEntry two = model.entry("t-two").orElseThrow();
        assertThat(two.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(two.room()).isNull();
        assertThat(model.entry("K7M2QX").orElseThrow().booking()).isTrue();
        assertThat(model.byCodeHash("hash-two")).hasValueSatisfying(e -> assertThat(e.ticketId()).isEqualTo("t-two"));
        assertThat(model.entries(QUEUE)).hasSize(3);
        assertThat(model.calledOn(DATE)).isEmpty();
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        MongoDatabase db = store.database("twice");
        WalkInReadModel model = model(db);
        List<Document> once = documents(db);

        applyAll(new WalkInProjection(model, new ReadYourWrite(BookingSettings.defaults())));

        assertThat(documents(db)).isEqualTo(once);
    }

    @Test
    void aReadModelRebuiltFromTheEventsEqualsTheLiveOne() {
        MongoDatabase live = store.database("live");
        WalkInReadModel model = model(live);
        model.drop();
        model(live);
        MongoDatabase fresh = store.database("fresh");
        model(fresh);

        assertThat(documents(live)).isEqualTo(documents(fresh));
    }

    private static List<Document> documents(MongoDatabase db) {
        List<Document> all = new ArrayList<>();
        db.getCollection(WalkInReadModel.ENTRIES).find().sort(new Document("_id", 1)).into(all);
        return all;
    }
}
