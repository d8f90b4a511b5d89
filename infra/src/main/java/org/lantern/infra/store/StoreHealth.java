package org.lantern.infra.store;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Readiness: can we reach the store? Spring Boot's own MongoDB check sends 'hello', which the embedded server
 * does not know; 'ping' works on both.
 */
@Component("store")
class StoreHealth extends AbstractHealthIndicator {

    private final MongoDatabase database;

    StoreHealth(MongoDatabase lanternDatabase) {
        super("The store could not be reached");
        this.database = lanternDatabase;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up();
    }
}
