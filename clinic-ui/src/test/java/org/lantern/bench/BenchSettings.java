package org.lantern.bench;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * What the harness is told, from system properties (the bench profile passes them on from Maven, so
 * {@code -Dbench.store=file} on the Maven command line reaches here). docs/performance.md lists them.
 *
 * @param jar             the packaged application (clinic-ui's Spring Boot jar)
 * @param work            where the report, the app's log and the file store's data go
 * @param project         the top of the checkout, to name the commit in the report
 * @param store           {@code memory} or {@code file}: the embedded store, when no MongoDB URI is given
 * @param mongodbUri      a MongoDB URI (replica set): used instead of the embedded store when not blank
 * @param levels          concurrent clients of the throughput runs over many sessions
 * @param hotClients      concurrent clients of the run on one hot session
 * @param seconds         measured seconds per throughput run
 * @param warmupSeconds   seconds per throughput run before measuring starts (not counted)
 * @param growth          events in the store at which a booking's latency and the idle CPU are measured
 * @param fillClients     concurrent clients that fill the store up to the next growth point
 * @param probeBookings   sequential bookings per growth point
 * @param screenSamples   bookings whose way to the dashboard stream is timed
 * @param idleSeconds     how long the app's CPU is watched while nothing happens
 * @param rawSeconds      seconds per raw-insert measurement of the store
 * @param idempotencyKeys whether every booking carries an Idempotency-Key, as the booking form always does
 * @param appJvmArgs      extra JVM options for the app, e.g. -Xmx512m
 * @param zone            the centre's time zone (the app's lantern.centre.zone)
 */
record BenchSettings(Path jar, Path work, Path project, String store, String mongodbUri, List<Integer> levels,
                     int hotClients, int seconds, int warmupSeconds, List<Integer> growth, int fillClients,
                     int probeBookings, int screenSamples, int idleSeconds, int rawSeconds, boolean idempotencyKeys,
                     List<String> appJvmArgs, ZoneId zone) {

    static BenchSettings fromSystemProperties() {
        String uri = text("bench.mongodb-uri", "");
        if (uri.isBlank()) {
            uri = System.getenv().getOrDefault("BENCH_MONGODB_URI", "");
        }
        String store = text("bench.store", "memory");
        if (!store.equals("memory") && !store.equals("file")) {
            throw new IllegalArgumentException("bench.store is memory or file, not " + store);
        }
        return new BenchSettings(
                Path.of(required("bench.jar")),
                Path.of(text("bench.work", "target/bench")),
                Path.of(text("bench.project", ".")),
                store,
                uri.strip(),
                numbers("bench.levels", "1,16,64,256"),
                number("bench.hot-clients", 64),
                number("bench.seconds", 20),
                number("bench.warmup-seconds", 5),
                numbers("bench.growth", "1000,10000").stream().sorted().toList(),
                number("bench.fill-clients", 16),
                number("bench.probe-bookings", 100),
                number("bench.screen-samples", 50),
                number("bench.idle-seconds", 10),
                number("bench.raw-seconds", 5),
                Boolean.parseBoolean(text("bench.idempotency-keys", "true")),
                Arrays.stream(text("bench.app-jvm-args", "").split("\\s+")).filter(s -> !s.isBlank()).toList(),
                ZoneId.of(text("bench.centre-zone", "Europe/London")));
    }

    boolean external() {
        return !mongodbUri.isBlank();
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing -D" + name);
        }
        return value;
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int number(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    private static List<Integer> numbers(String name, String fallback) {
        String value = text(name, fallback);
        if (value.equalsIgnoreCase("none")) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Integer::parseInt).toList();
    }
}
