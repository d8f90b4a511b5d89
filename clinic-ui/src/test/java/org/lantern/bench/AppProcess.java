package org.lantern.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application in a JVM of its own, on a loopback port it picks itself and writes in its log. Its
 * settings for the run: the forwarded-header strategy (each virtual client sends its own X-Forwarded-For
 * address) and per-address and per-contact limits raised far above the load. Nothing in the app's code changes.
 */
final class AppProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("started on port (\\d+)");
    private static final Pattern SPRING_STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");
    private static final Pattern HEAP_LINE = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern MAX_HEAP = Pattern.compile("-XX:MaxHeapSize=(\\d+)");
    /** Far above anything a run books; the limits stay on, only their sizes change. */
    static final String PLENTY = "100000000";
    static final List<String> SETTINGS = List.of(
            "--server.address=127.0.0.1",
            "--server.forward-headers-strategy=framework",
            "--lantern.rate-limits.booking.requests=" + PLENTY,
            "--lantern.rate-limits.booking.per=1h",
            "--lantern.rate-limits.future-bookings-per-address=" + PLENTY,
            "--lantern.rate-limits.future-bookings-per-contact=" + PLENTY);

    private final Process process;
    private final Path log;
    private final long launchedAt;
    private final List<String> command;
    private int port;
    private long firstPageNanos = -1;

    private AppProcess(Process process, Path log, long launchedAt, List<String> command) {
        this.process = process;
        this.log = log;
        this.launchedAt = launchedAt;
        this.command = command;
    }

    static AppProcess launch(BenchSettings settings, StoreTarget store, String adminPassword, Path log,
                             String... extraArguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(settings.appJvmArgs());
        command.addAll(List.of("-jar", settings.jar().toAbsolutePath().toString(), "--server.port=0"));
        command.addAll(SETTINGS);
        command.addAll(store.appArguments());
        command.addAll(List.of(extraArguments));
        // the app's working directory is the run's own, so nothing it writes lands in the checkout
        ProcessBuilder builder = new ProcessBuilder(command).directory(settings.work().toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LANTERN_ADMIN_PASSWORD", adminPassword);
        builder.environment().remove("SPRING_MONGODB_URI");
        builder.environment().putAll(store.appEnvironment());
        long launchedAt = System.nanoTime();
        return new AppProcess(builder.start(), log, launchedAt, command);
    }

    /** Waits for the port in the log, then for GET / to answer 200: the start-up time is measured to there. */
    void awaitFirstPage(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (port == 0) {
            checkAlive();
            Matcher found = STARTED.matcher(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
            if (found.find()) {
                port = Integer.parseInt(found.group(1));
            } else if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The app did not start within " + timeout + "; its log: " + log);
            } else {
                Thread.sleep(10);
            }
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest home = HttpRequest.newBuilder(baseUri().resolve("/")).timeout(Duration.ofSeconds(30)).build();
        while (true) {
            checkAlive();
            try {
                HttpResponse<Void> answer = client.send(home, HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    firstPageNanos = System.nanoTime() - launchedAt;
                    return;
                }
            } catch (IOException notYet) {
                // the port is bound a moment before the first page is served
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The app served no first page within " + timeout + "; log: " + log);
            }
            Thread.sleep(10);
        }
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    long pid() {
        return process.pid();
    }

    List<String> command() {
        return command;
    }

    Duration startUp() {
        return Duration.ofNanos(firstPageNanos);
    }

    /** What Spring Boot itself logs as its start-up time (without the JVM's own start), if it logged it. */
    String springStartUp() throws IOException {
        Matcher found = SPRING_STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
        return found.find() ? found.group(1) + " s" : "not logged";
    }

    boolean alive() {
        return process.isAlive();
    }

    void checkAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("The app stopped (exit " + process.exitValue() + "); its log: " + log);
        }
    }

    /** CPU time the process has used so far, user plus system, from /proc (Linux); -1 elsewhere. */
    Duration cpuTime() {
        Path stat = Path.of("/proc", Long.toString(pid()), "stat");
        if (!Files.isReadable(stat)) {
            return Duration.ofNanos(-1);
        }
        try {
            String text = Files.readString(stat);
            // the second field is the command in parentheses and may hold spaces: count from after it
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            return Duration.ofNanos(ticks * 1_000_000_000L / Machine.clockTicksPerSecond());
        } catch (IOException e) {
            return Duration.ofNanos(-1);
        }
    }

    /** Heap in use and committed, in bytes, as the JVM reports it through jcmd (no attach from inside the app). */
    Heap heap(boolean afterFullGc) throws IOException, InterruptedException {
        if (afterFullGc) {
            jcmd("GC.run");
        }
        String info = jcmd("GC.heap_info");
        long used = 0;
        long committed = 0;
        Matcher line = HEAP_LINE.matcher(info);
        while (line.find()) {
            committed += Long.parseLong(line.group(1)) * 1024;
            used += Long.parseLong(line.group(2)) * 1024;
        }
        Matcher max = MAX_HEAP.matcher(jcmd("VM.flags"));
        return new Heap(used, committed, max.find() ? Long.parseLong(max.group(1)) : -1, info.strip());
    }

    record Heap(long used, long committed, long max, String raw) {
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd", Long.toString(pid()), what)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    /** Total size of the files under a folder, in bytes. */
    static long sizeOf(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the app as an operator would (SIGTERM, a clean shutdown), and forcibly if it does not stop. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** For a shutdown hook: the harness never leaves the app running. */
    void kill() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
