package org.lantern.ui.realmongo;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A real MongoDB 8.0, started as a one-node replica set (the production shape), for the suites that must prove
 * the rules on the real server. Runs where Docker exists (CI's GitHub Actions runner); skipped cleanly elsewhere.
 */
public interface RealMongo {

    @Container
    @ServiceConnection
    MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();
}
