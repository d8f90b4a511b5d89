package org.lantern.infra.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/** A MongoDB wire-protocol server inside the JVM, on loopback, for trying Lantern out and for tests. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final String connectionString;
    private final String description;

    private EmbeddedMongo(MongoBackend backend, String description) {
        this.server = new MongoServer(backend);
        this.connectionString = server.bindAndGetConnectionString();
        this.description = description;
    }

    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new MemoryBackend(), "in memory");
    }

    public static EmbeddedMongo onFile(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve("lantern.mv").toAbsolutePath();
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        return new EmbeddedMongo(new DurableH2Backend(store), "file " + file);
    }

    public String connectionString() {
        return connectionString;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
