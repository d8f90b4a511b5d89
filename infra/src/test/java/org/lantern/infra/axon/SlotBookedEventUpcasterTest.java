package org.lantern.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.clinic.SlotBookedEvent;
import org.lantern.domain.privacy.SealedText;
import org.lantern.infra.store.EmbeddedMongo;

class SlotBookedEventUpcasterTest {

    /** Revision 1 exactly as the first release wrote it: no contact, no language, no opt-in. */
    static final String REVISION_1_JSON = """
            {"dayId":"day-2026-12-01","sessionId":"2026-12-01~abc","slotStart":"09:30:00","reference":"ABC234",\
            "secretHash":"{bcrypt}hash","subjectId":"subject-1",\
            "pseudonym":{"subjectId":"subject-1","ciphertext":"c2VhbGVk"},"bookedAt":"2026-11-21T12:00:00"}""";

    static final SlotBookedEvent AS_REVISION_2 = new SlotBookedEvent("day-2026-12-01", "2026-12-01~abc",
            LocalTime.of(9, 30), "ABC234", "{bcrypt}hash", "subject-1", new SealedText("subject-1", "c2VhbGVk"),
            null, null, false, LocalDateTime.of(2026, 11, 21, 12, 0));

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonStoreConfiguration.eventObjectMapper()).build();
    private EmbeddedMongo mongo;

    @AfterEach
    void stopMongo() {
        if (mongo != null) {
            mongo.close();
        }
    }

    @Test
    void readsARevision1EventAsABookingWithoutContact() {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("ClinicDay", "day-2026-12-01", 1,
                "event-1", "2026-11-21T12:00:00Z", SlotBookedEvent.class.getName(), "1", REVISION_1_JSON,
                "{}");

        List<IntermediateEventRepresentation> upcast = AxonStoreConfiguration.eventUpcasters()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        Object event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(AS_REVISION_2);
    }

    @Test
    void leavesARevision2EventAsItIs() {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("ClinicDay", "day-2026-12-01", 1,
                "event-1", "2026-11-21T12:00:00Z", SlotBookedEvent.class.getName(), "2",
                serializer.serialize(AS_REVISION_2, String.class).getData(), "{}");

        List<IntermediateEventRepresentation> upcast = AxonStoreConfiguration.eventUpcasters()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        Object event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(AS_REVISION_2);
    }

    @Test
    void theMongoEventStoreReadsARevision1DocumentThroughTheUpcaster() {
        mongo = EmbeddedMongo.inMemory();
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(client, "upcasting").build();
            EventStorageEngine engine = MongoEventStorageEngine.builder().mongoTemplate(template)
                    .eventSerializer(serializer).snapshotSerializer(serializer)
                    .upcasterChain(AxonStoreConfiguration.eventUpcasters()).build();
            engine.appendEvents(new GenericDomainEventMessage<>("ClinicDay", "day-2026-12-01", 0, AS_REVISION_2));
            rewriteAsRevision1(template.eventCollection());

            List<? extends DomainEventMessage<?>> read = engine.readEvents("day-2026-12-01").asStream().toList();

            assertThat(read).singleElement().extracting(DomainEventMessage::getPayload).isEqualTo(AS_REVISION_2);
        }
    }

    /** What the first release left in the store: the revision-1 JSON under revision "1". */
    private static void rewriteAsRevision1(MongoCollection<Document> events) {
        Document stored = events.find().first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("payloadRevision")).isEqualTo("2");
        Object payload = stored.get("serializedPayload");
        Object revision1 = payload instanceof String ? REVISION_1_JSON : Document.parse(REVISION_1_JSON);
        events.updateOne(new Document("_id", stored.get("_id")), new Document("$set",
                new Document("payloadRevision", "1").append("serializedPayload", revision1)));
    }
}
