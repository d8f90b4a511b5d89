package org.lantern.ui.clinic;

import org.lantern.domain.session.SlotBookedEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Race;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Rule 1: a slot is never given to more people than it has places, also when everyone asks at once. */
@LanternIntegrationTest
class ConcurrentBookingTest {

    static final int REQUESTS = 24;
    static final int PLACES = 3;

    @Autowired
    Api api;
    @Autowired
    MongoDatabase lanternDatabase;

    @Test
    void simultaneousRequestsNeverOverbookASlot() throws Exception {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "14:00", "14:30", 30, PLACES);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");

        List<Integer> statuses = Race.race(REQUESTS, i -> api.book(sessionId, start, "Person " + i)
                .returnResult(String.class).getStatus().value());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(PLACES);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(REQUESTS - PLACES);
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(0);
        assertThat(bookedEventsIn(sessionId)).isEqualTo(PLACES);
    }

    private long bookedEventsIn(String sessionId) {
        return lanternDatabase.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier",
                sessionId).append("payloadType", SlotBookedEvent.class.getName()));
    }
}
