package org.lantern.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.bson.Document;
import org.lantern.infra.store.EmbeddedMongo;

/**
 * The store of one run: the app's embedded server (in memory or on file) or a MongoDB given by its URI, and how
 * fast that store takes single-document inserts on its own, the raw limit every throughput is compared with.
 */
final class StoreTarget {

    private final BenchSettings settings;
    private final Path dataDir;
    private final String database;

    StoreTarget(BenchSettings settings) {
        this.settings = settings;
        this.dataDir = settings.work().resolve("data");
        String named = settings.external() ? new ConnectionString(settings.mongodbUri()).getDatabase() : null;
        // a database of its own for every run against a real MongoDB, unless the URI names one
        this.database = named != null ? named
                : "lantern_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
    }

    String describe() {
        if (settings.external()) {
            ConnectionString uri = new ConnectionString(settings.mongodbUri());
            return "MongoDB at " + uri.getHosts() + (uri.getRequiredReplicaSetName() != null
                    ? " (replica set " + uri.getRequiredReplicaSetName() + ")" : "") + ", database `" + database
                    + "`, majority writes and reads";
        }
        return settings.store().equals("file")
                ? "embedded mongo-java-server on file (H2 MVStore, committed after every command), fresh data directory"
                : "embedded mongo-java-server in memory (`lantern.store.embedded=memory`)";
    }

    /** Whether what the app stored outlives the app, so that it can be started again on it. */
    boolean outlivesTheApp() {
        return settings.external() || embeddedFile();
    }

    boolean embeddedFile() {
        return !settings.external() && settings.store().equals("file");
    }

    Path dataDir() {
        return dataDir;
    }

    List<String> appArguments() {
        if (settings.external()) {
            // the data directory still holds what the app keeps beside the store (e.g. a key file)
            List<String> arguments = new ArrayList<>(List.of("--lantern.store.data-dir=" + dataDir.toAbsolutePath()));
            if (new ConnectionString(settings.mongodbUri()).getDatabase() == null) {
                arguments.add("--lantern.store.database=" + database);
            }
            return arguments;
        }
        if (embeddedFile()) {
            return List.of("--lantern.store.embedded=file", "--lantern.store.data-dir=" + dataDir.toAbsolutePath());
        }
        return List.of("--lantern.store.embedded=memory");
    }

    Map<String, String> appEnvironment() {
        return settings.external() ? Map.of("SPRING_MONGODB_URI", settings.mongodbUri()) : Map.of();
    }

    /** A fresh start: the file store's data directory emptied. */
    void prepare() throws IOException {
        deleteFolder(dataDir);
        Files.createDirectories(settings.work());
    }

    /** After the run, a database made for it on a real MongoDB is dropped. */
    void dropRunDatabase() {
        if (settings.external() && new ConnectionString(settings.mongodbUri()).getDatabase() == null) {
            try (MongoClient client = MongoClients.create(settings.mongodbUri())) {
                client.getDatabase(database).drop();
            }
        }
    }

    record RawRate(int writers, long inserts, double seconds) {

        double perSecond() {
            return inserts / seconds;
        }
    }

    /**
     * Single-document inserts per second through the sync driver with majority write concern. The embedded
     * store is the app's own server class ({@link EmbeddedMongo}) started in this JVM: the app offers no way in
     * to its embedded server, and must not. A real MongoDB gets a scratch database, dropped afterwards.
     */
    List<RawRate> rawInsertRates(int seconds, List<Integer> writerCounts) throws Exception {
        EmbeddedMongo embedded = null;
        Path rawDir = settings.work().resolve("raw-store");
        String uri;
        String db = "lantern_bench_raw";
        if (settings.external()) {
            uri = settings.mongodbUri();
            db = database + "_raw";
        } else if (embeddedFile()) {
            deleteFolder(rawDir);
            embedded = EmbeddedMongo.onFile(rawDir);
            uri = embedded.connectionString();
        } else {
            embedded = EmbeddedMongo.inMemory();
            uri = embedded.connectionString();
        }
        List<RawRate> rates = new ArrayList<>();
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri)).writeConcern(WriteConcern.MAJORITY).build())) {
            MongoCollection<Document> target = client.getDatabase(db).getCollection("inserts");
            target.drop();
            insertFor(target, 1, 1, new AtomicLong()); // warm the driver, the server and the JIT
            for (int writers : writerCounts) {
                AtomicLong sequence = new AtomicLong();
                long began = System.nanoTime();
                long inserts = insertFor(target, writers, seconds, sequence);
                rates.add(new RawRate(writers, inserts, (System.nanoTime() - began) / 1e9));
            }
            client.getDatabase(db).drop();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
            deleteFolder(rawDir);
        }
        return rates;
    }

    /** About the size of a stored booking event: an aggregate id, a sequence number, a type and a payload. */
    private static long insertFor(MongoCollection<Document> target, int writers, int seconds, AtomicLong sequence)
            throws InterruptedException {
        String payload = "x".repeat(400);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        long n = sequence.getAndIncrement();
                        target.insertOne(new Document("aggregateIdentifier", "day-raw-" + writer)
                                .append("sequenceNumber", n).append("type", "SlotBookedEvent")
                                .append("timeStamp", System.currentTimeMillis()).append("serializedPayload", payload));
                        done.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failed.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }, "raw-insert-" + w);
            t.setDaemon(true);
            t.start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        finished.await();
        if (failed.get() != null) {
            throw new IllegalStateException("The store refused a raw insert", failed.get());
        }
        return done.get();
    }

    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
