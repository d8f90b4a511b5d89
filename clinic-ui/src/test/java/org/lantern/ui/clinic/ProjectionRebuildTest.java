package org.lantern.ui.clinic;

import org.lantern.domain.session.CancelBookingCommand;
import org.lantern.domain.session.BookSlotCommand;
import org.lantern.domain.booking.Holder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lantern.domain.privacy.SealedText;
import org.lantern.infra.axon.ProjectionRebuild;
import org.lantern.infra.store.StoreProperties;
import org.lantern.projections.clinic.ClinicReadModel;
import org.lantern.projections.clinic.ClinicSessionsProjection;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule 2: read models are rebuilt from events and nothing lives only in a read model. The burst is larger than
 * the store's batch size and lands inside the tracking look-back window, where axon-mongo has stalled before
 * (AxonFramework #708); the rebuild reads it back from storage in batches.
 */
@LanternIntegrationTest
class ProjectionRebuildTest {

    static final int BURST = 250;

    @Autowired
    Api api;
    @Autowired
    CommandGateway commands;
    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    ClinicReadModel readModel;
    @Autowired
    MongoDatabase lanternDatabase;
    @Autowired
    StoreProperties store;

    @Test
    void aBurstBeyondTheBatchSizeIsProjectedAndRebuiltFromEvents() {
        assertThat(BURST).isGreaterThan(store.batchSize());
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "08:00", "18:00", 5, 3);
        for (int i = 0; i < BURST; i++) {
            LocalTime slot = LocalTime.of(8, 0).plusMinutes(5L * (i / 3));
            commands.sendAndWait(new BookSlotCommand(sessionId, slot, new Holder("B" + i, "{noop}x", "burst-" + i,
                    new SealedText("burst-" + i, "AAAA"), null, null, false), date.atStartOfDay().minusDays(1)));
        }
        commands.sendAndWait(new CancelBookingCommand(sessionId, "B7", date.atStartOfDay().minusDays(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> activeBookings(sessionId) == BURST - 1);
        List<Document> before = bookingsOf(sessionId);

        rebuild.rebuild(ClinicSessionsProjection.GROUP, readModel::drop);

        await().atMost(Duration.ofSeconds(60)).until(() -> bookingsOf(sessionId).size() == BURST);
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.caughtUp(ClinicSessionsProjection.GROUP));
        assertThat(activeBookings(sessionId)).isEqualTo(BURST - 1);
        assertThat(bookingsOf(sessionId)).isEqualTo(before);
        assertThat(api.availability("sexual-health", date, date).stream().mapToInt(s -> (Integer) s.get("free"))
                .sum()).isEqualTo(120 * 3 - (BURST - 1));
    }

    private long activeBookings(String sessionId) {
        return readModel.activeBookings(List.of(sessionId)).size();
    }

    private List<Document> bookingsOf(String sessionId) {
        return lanternDatabase.getCollection(ClinicReadModel.BOOKINGS).find(new Document("sessionId", sessionId))
                .sort(new Document("_id", 1)).into(new java.util.ArrayList<>());
    }
}
