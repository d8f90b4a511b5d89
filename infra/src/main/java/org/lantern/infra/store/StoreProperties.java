package org.lantern.infra.store;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Lantern keeps its data and how it reads the event stream. Every value has a default; see
 * docs/configuration.md.
 *
 * @param database       the MongoDB database name when the URI names none
 * @param embedded       how the embedded server stores data when no MongoDB URI is configured
 * @param dataDir        the folder of the embedded file store
 * @param nodeId         this app node's id as owner of tracking-token claims; empty means host and process id
 * @param lookBack       how far behind its token a tracking processor looks for late-committed events
 * @param batchSize      events a tracking processor reads per batch
 * @param fetchDelay     how long the event store waits before polling for events written by other nodes
 * @param claimTimeout   after how long another node may take over a silent node's token claim
 */
@ConfigurationProperties("lantern.store")
public record StoreProperties(
        String database,
        Embedded embedded,
        Path dataDir,
        String nodeId,
        Duration lookBack,
        Integer batchSize,
        Duration fetchDelay,
        Duration claimTimeout) {

    public enum Embedded { FILE, MEMORY }

    public StoreProperties {
        database = database == null || database.isBlank() ? "lantern" : database;
        embedded = embedded == null ? Embedded.FILE : embedded;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        lookBack = lookBack == null ? Duration.ofSeconds(5) : lookBack;
        batchSize = batchSize == null ? 100 : batchSize;
        fetchDelay = fetchDelay == null ? Duration.ofMillis(250) : fetchDelay;
        claimTimeout = claimTimeout == null ? Duration.ofSeconds(10) : claimTimeout;
    }
}
