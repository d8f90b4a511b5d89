package org.lantern.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.common.caching.Cache;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;
import org.lantern.infra.axon.ProjectionRebuild;
import org.lantern.projections.clinic.ClinicReadModel;
import org.lantern.projections.clinic.ClinicSessionsProjection;
import org.lantern.ui.Api;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;

/**
 * The migration of the three services that were code: a store whose events name them by the old enum constants
 * ({@code "SEXUAL_HEALTH"}) keeps every session and booking. The read models rebuilt from those events show them
 * under the catalogue's codes, their holders find them, and the sessions, read again from the old events, still
 * refuse a place given twice.
 */
@LanternIntegrationTest
class CatalogueMigrationTest {

    private static final Pattern SERVICE = Pattern.compile("\"service\"\\s*:\\s*\"([a-z-]+)\"");

    @Autowired Api api;
    @Autowired MongoDatabase lanternDatabase;
    @Autowired ProjectionRebuild rebuild;
    @Autowired ClinicReadModel readModel;
    @Autowired ServiceCatalogue catalogue;
    @Autowired @Qualifier("sessionCache") Cache sessionCache;

    @Test
    void sessionsAndBookingsStoredUnderTheOldConstantsAreIntactUnderTheCataloguesCodes() {
        LocalDate date = Api.freshDate();
        Map<String, String> sessions = new LinkedHashMap<>();
        Map<String, Map<String, Object>> bookings = new LinkedHashMap<>();
        int hour = 9;
        for (String code : List.of("sexual-health", "police-clinic", "counselling")) {
            String sessionId = api.schedule(code, date, String.format("%02d:00", hour), String.format("%02d:30", hour), 30,
                    2);
            sessions.put(code, sessionId);
            String start = CentreTimes.london(date, hour, 0);
            bookings.put(code, code.equals("police-clinic") ? api.bookedWithConsent(sessionId, start, "Old Owl")
                    : api.booked(sessionId, start, "Old Owl"));
            hour += 2;
        }

        int rewritten = storeAsBeforeTheCatalogue(sessions.values());
        assertThat(rewritten).isGreaterThanOrEqualTo(6); // a set-up and a booking per session at least
        sessions.values().forEach(sessionCache::remove);
        rebuild.rebuild(ClinicSessionsProjection.GROUP, readModel::drop);
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.caughtUp(ClinicSessionsProjection.GROUP)
                && sessions.values().stream().allMatch(id -> readModel.session(id).isPresent()));

        assertThat(catalogue.all().subList(0, 3)).extracting(CatalogueEntry::code)
                .containsExactly("sexual-health", "police-clinic", "counselling");
        hour = 9;
        for (String code : sessions.keySet()) {
            assertThat(readModel.session(sessions.get(code)).orElseThrow().service()).isEqualTo(code);
            // one slot of two places, one of them the booking made before
            assertThat(api.availability(code, date, date)).singleElement()
                    .satisfies(s -> assertThat(s).containsEntry("free", 1));
            Map<String, Object> booking = bookings.get(code);
            api.client().get().uri("/api/v1/bookings/{r}", booking.get("reference"))
                    .header("Booking-Secret", (String) booking.get("secret")).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo(code);
            // the session, loaded again from its old events, gives its last place once
            String start = CentreTimes.london(date, hour, 0);
            api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("sessionId", sessions.get(code), "start", start, "pseudonym", "New Newt",
                            "consent", true))
                    .exchange().expectStatus().isCreated();
            api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("sessionId", sessions.get(code), "start", start, "pseudonym", "Late Lark",
                            "consent", true))
                    .exchange().expectStatus().isEqualTo(409);
            hour += 2;
        }
    }

    /** Every stored event of these sessions names its service as the enum constant did: "POLICE_CLINIC". */
    private int storeAsBeforeTheCatalogue(java.util.Collection<String> sessionIds) {
        MongoCollection<Document> events = lanternDatabase.getCollection("domainevents");
        int rewritten = 0;
        for (String sessionId : sessionIds) {
            for (Document event : events.find(new Document("aggregateIdentifier", sessionId))
                    .into(new ArrayList<>())) {
                Object payload = event.get("serializedPayload");
                assertThat(payload).isInstanceOf(String.class);
                String old = constants((String) payload);
                if (!old.equals(payload)) {
                    events.updateOne(new Document("_id", event.get("_id")),
                            new Document("$set", new Document("serializedPayload", old)));
                    rewritten++;
                }
            }
        }
        return rewritten;
    }

    private static String constants(String json) {
        Matcher m = SERVICE.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "\"service\":\"" + m.group(1).toUpperCase(Locale.ROOT).replace('-', '_') + "\"");
        }
        m.appendTail(out);
        return out.toString();
    }
}
