package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.ui.Api;
import org.lantern.ui.Race;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The last-place race: 100 people, each from an address of their own, ask for the one remaining place at the same
 * moment. Exactly one gets it, the others a clean 409 problem, and the read model and the events agree. Repeated
 * {@link #repetitions()} times (5 here; the soak variant in the bench profile runs it 50 times).
 */
@LanternIntegrationTest
class LastPlaceRaceTest {

    static final int PEOPLE = 100;

    @Autowired
    Api api;
    @Autowired
    MongoDatabase lanternDatabase;

    int repetitions() {
        return 5;
    }

    @Test
    void exactlyOnePersonGetsTheLastPlace() throws Exception {
        for (int round = 0; round < repetitions(); round++) {
            LocalDate date = Api.freshDate();
            String sessionId = api.schedule(date, "11:00", "11:30", 30, 2);
            String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
            api.booked(sessionId, start, "Already here");

            List<String> answers = Race.race(PEOPLE, i -> {
                var answer = api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", "Racer " + i))
                        .exchange().returnResult(String.class);
                MediaType type = answer.getResponseHeaders().getContentType();
                return answer.getStatus().value()
                        + (type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type) ? " problem" : "");
            });

            assertThat(answers).as("round %d", round).filteredOn(a -> a.startsWith("201")).hasSize(1);
            assertThat(answers).as("round %d", round).filteredOn(a -> a.startsWith("409 problem"))
                    .hasSize(PEOPLE - 1);
            assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(0);
            assertThat(lanternDatabase.getCollection("domainevents").countDocuments(new Document(
                    "aggregateIdentifier", sessionId).append("payloadType", SlotBookedEvent.class.getName())))
                    .isEqualTo(2);
        }
    }
}
