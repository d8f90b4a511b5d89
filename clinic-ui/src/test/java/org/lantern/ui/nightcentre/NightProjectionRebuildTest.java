package org.lantern.ui.nightcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.infra.axon.ProjectionRebuild;
import org.lantern.projections.nightcentre.NightCentreProjection;
import org.lantern.projections.nightcentre.NightReadModel;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** Rule 2 at the night centre: the read model is rebuilt from the night's events alone, equal to the live one. */
@LanternIntegrationTest
class NightProjectionRebuildTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;
    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    NightReadModel readModel;
    @Autowired
    MongoDatabase lanternDatabase;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theNightCentreIsRebuiltFromItsEvents() {
        NightClient nights = new NightClient(api);
        LocalDate date = Api.freshDate();
        NightClient.theAfternoonOf(clock, date);
        api.planNight(date, 1);
        Map<String, Object> first = nights.booked(date, "First");
        Map<String, Object> second = nights.waitlisted(date, "Second");
        nights.waitlisted(date, "Third");
        nights.cancel(first);
        await().atMost(Duration.ofSeconds(20)).until(() -> "offered".equals(nights.status(second)));
        String nightId = "night~" + date;
        List<Document> before = documents(nightId);

        rebuild.rebuild(NightCentreProjection.GROUP, readModel::drop);

        await().atMost(Duration.ofSeconds(60)).until(() -> documents(nightId).size() == before.size());
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.caughtUp(NightCentreProjection.GROUP));
        assertThat(documents(nightId)).isEqualTo(before);
    }

    private List<Document> documents(String nightId) {
        List<Document> all = new ArrayList<>();
        lanternDatabase.getCollection(NightReadModel.NIGHTS).find(new Document("_id", nightId)).into(all);
        lanternDatabase.getCollection(NightReadModel.BOOKINGS).find(new Document("nightId", nightId))
                .sort(new Document("_id", 1)).into(all);
        return all;
    }
}
