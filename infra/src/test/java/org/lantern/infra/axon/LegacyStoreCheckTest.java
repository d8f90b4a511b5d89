package org.lantern.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.infra.store.EmbeddedMongo;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A store written by the day-stream version is refused with one clear message, and left untouched. */
class LegacyStoreCheckTest {

    final EmbeddedMongo server = EmbeddedMongo.inMemory();
    final MongoClient client = MongoClients.create(server.connectionString());
    final MongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(client, "lantern").build();

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private void store(String payloadType) {
        template.eventCollection().insertOne(new Document("aggregateIdentifier", "x").append("sequenceNumber", 0L)
                .append("type", "T").append("payloadType", payloadType));
    }

    @Test
    void aStoreOfThisVersionStarts() {
        store("org.lantern.domain.session.SlotBookedEvent");

        assertThatCode(() -> LegacyStoreCheck.refuseLegacyEvents(template)).doesNotThrowAnyException();
    }

    @Test
    void anEmptyStoreStarts() {
        assertThatCode(() -> LegacyStoreCheck.refuseLegacyEvents(template)).doesNotThrowAnyException();
    }

    @Test
    void aStoreWithDayStreamsIsRefusedWithWhatToDoAndLeftAsItWas() {
        store("org.lantern.domain.clinic.SlotBookedEvent");

        assertThatThrownBy(() -> LegacyStoreCheck.refuseLegacyEvents(template))
                .isInstanceOfSatisfying(LegacyStoreException.class, e -> {
                    FailureAnalysis analysis = new LegacyStoreFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("earlier version").contains("Nothing in the store");
                    assertThat(analysis.getAction()).contains("LANTERN_DATA_DIR").contains("a35aa83");
                });
        assertThat(template.eventCollection().countDocuments()).isEqualTo(1);
    }
}
