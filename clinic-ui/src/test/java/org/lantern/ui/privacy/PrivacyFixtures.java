package org.lantern.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.lantern.ui.Api;
import org.springframework.http.MediaType;

/** Bookings with personal data, and a look at every stored document, for the privacy tests. */
final class PrivacyFixtures {

    private PrivacyFixtures() {
    }

    record Booked(String reference, String secret, String start) {
    }

    @SuppressWarnings("unchecked")
    static Booked book(Api api, String sessionId, String start, String pseudonym, String contact,
                       boolean mayNameService) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("sessionId", sessionId, "start", start,
                "pseudonym", pseudonym, "remindersMayNameService", mayNameService));
        if (contact != null) {
            body.put("contact", contact);
        }
        Map<String, Object> booked = api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        return new Booked((String) booked.get("reference"), (String) booked.get("secret"), start);
    }

    static String firstSlot(Api api, String service, LocalDate date) {
        return (String) api.availability(service, date, date).get(0).get("start");
    }

    /** Every document of every collection, as JSON, read with the raw driver. */
    static List<String> everyDocument(MongoDatabase database) {
        List<String> all = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).find().forEach((Document d) -> all.add(name + ": " + d.toJson()));
        }
        assertThat(all).as("the store holds documents").isNotEmpty();
        return all;
    }
}
