package org.lantern.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark harness (docs/performance.md): starts the packaged app against a store, loads it over real HTTP
 * from this JVM, and writes a markdown report, which it also prints. It never asserts a time: it fails only when
 * the app fails (an answer other than the one expected, or no answer).
 */
public final class BenchHarness {

    static final int DAYS = 28;
    static final int SESSIONS_PER_DAY = 2;
    static final int PLACES = 50;
    static final int WARM_UP_BOOKINGS = 200;
    static final Duration SETTLE = Duration.ofSeconds(2);

    private final BenchSettings settings;
    private final AtomicLong events = new AtomicLong();
    private final List<String> notes = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    // results, filled in as the run goes; the report is written from them at the end, whatever happened
    private String store;
    private String started;
    private String loadAverage;
    private AppProcess app;
    private Duration startUp;
    private String springStartUp;
    private List<StoreTarget.RawRate> rawRates = List.of();
    private final List<Run> throughput = new ArrayList<>();
    private final List<Growth> growth = new ArrayList<>();
    private Screen screen;
    private AppProcess.Heap heapAfterLoad;
    private AppProcess.Heap heapAfterGc;
    private long bookingsMade;
    private long dataAtSetup = -1;
    private long dataAfterLoad = -1;
    private long dataAfterStop = -1;
    private Load load;
    private String rebuild;
    private int sessionsCreated;

    /** A throughput run, with the CPU the app and this client used meanwhile (percent of one core). */
    record Run(Load.Result result, double appCpu, double clientCpu) {
    }

    record Growth(String label, long events, Latencies latencies, double idleCpuPercent) {
    }

    record Screen(int samples, Latencies after201, Latencies afterSend, int beforeThe201, int missing) {
    }

    private BenchHarness(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        System.exit(new BenchHarness(settings).run());
    }

    private int run() throws Exception {
        Files.createDirectories(settings.work());
        StoreTarget target = new StoreTarget(settings);
        store = target.describe();
        started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        loadAverage = Machine.loadAverage().orElse(null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (app != null) {
                app.kill();
            }
        }));
        try {
            target.prepare();
            measure(target);
        } catch (Exception | AssertionError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            errors.add("The run stopped: " + e);
            System.err.println(trace);
        } finally {
            stop(target);
        }
        String report = render();
        Path file = settings.work().resolve("report.md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("[bench] report written to " + file.toAbsolutePath());
        int failures = load == null ? 0 : load.failureCount();
        return errors.isEmpty() && failures == 0 ? 0 : 1;
    }

    private void measure(StoreTarget target) throws Exception {
        if (!Files.isRegularFile(settings.jar())) {
            throw new IllegalStateException("No packaged app at " + settings.jar() + ": run ./mvnw -B -Pbench verify");
        }
        String password = "bench-" + UUID.randomUUID();
        say("starting the app on " + store);
        app = AppProcess.launch(settings, target, password, settings.work().resolve("app.log"));
        app.awaitFirstPage(Duration.ofMinutes(3));
        startUp = app.startUp();
        springStartUp = app.springStartUp();
        say("first page served after " + startUp.toMillis() + " ms, at " + app.baseUri());
        LanternApi api = new LanternApi(app.baseUri(), password, settings.idempotencyKeys());
        load = new Load(api, events);

        LocalDate today = api.today();
        Load.SlotPool many = new Load.SlotPool("many sessions", manySessions(api, today), PLACES);
        Load.SlotPool hot = new Load.SlotPool("hot session", hotSession(api, today.plusDays(DAYS + 2)), PLACES);
        if (target.embeddedFile()) {
            dataAtSetup = AppProcess.sizeOf(target.dataDir());
        }

        say("measuring the store's raw insert rate");
        rawRates = target.rawInsertRates(settings.rawSeconds(), List.of(1, 16));

        say("warming up: " + WARM_UP_BOOKINGS + " bookings");
        load.fill(many, 8, events.get() + WARM_UP_BOOKINGS);
        growthPoint("fresh store, after " + WARM_UP_BOOKINGS + " warm-up bookings", many);
        screen = eventToScreen(api);

        boolean levelsDone = false;
        for (int point : settings.growth()) {
            if (events.get() < point) {
                say("filling the store to " + point + " events");
                load.fill(many, settings.fillClients(), point);
            }
            growthPoint(String.format(Locale.ROOT, "%,d events", point), many);
            if (!levelsDone) {
                throughputLevels(many, hot);
                levelsDone = true;
            }
        }
        if (!levelsDone) {
            throughputLevels(many, hot);
        }

        app.checkAlive();
        bookingsMade = events.get() - sessionsCreated;
        say("reading the heap (jcmd)");
        heapAfterLoad = app.heap(false);
        heapAfterGc = app.heap(true);
        if (target.embeddedFile()) {
            dataAfterLoad = AppProcess.sizeOf(target.dataDir());
        }
    }

    private void throughputLevels(Load.SlotPool many, Load.SlotPool hot) throws InterruptedException {
        Duration warmUp = Duration.ofSeconds(settings.warmupSeconds());
        Duration measure = Duration.ofSeconds(settings.seconds());
        for (int clients : settings.levels()) {
            say(clients + " clients over many sessions");
            throughput.add(measured(() -> load.run("many sessions", many, clients, warmUp, measure)));
        }
        say(settings.hotClients() + " clients on one hot session");
        throughput.add(measured(() -> load.run("one hot session", hot, settings.hotClients(), warmUp, measure)));
    }

    interface LoadRun {
        Load.Result run() throws InterruptedException;
    }

    private Run measured(LoadRun run) throws InterruptedException {
        Duration appFrom = app.cpuTime();
        long clientFrom = Machine.processCpuNanos();
        long began = System.nanoTime();
        Load.Result result = run.run();
        long wall = System.nanoTime() - began;
        Duration appTo = app.cpuTime();
        long clientTo = Machine.processCpuNanos();
        app.checkAlive();
        double appCpu = appFrom.isNegative() || appTo.isNegative() ? Double.NaN
                : 100.0 * appTo.minus(appFrom).toNanos() / wall;
        double clientCpu = clientFrom < 0 || clientTo < 0 ? Double.NaN : 100.0 * (clientTo - clientFrom) / wall;
        return new Run(result, appCpu, clientCpu);
    }

    /**
     * Sessions on the days to come, two a day, about 08:00 to 20:00 in 5-minute slots of 50 places. No clinician is
     * named, so that setting up a session appends exactly one event (a named clinician's diary adds another).
     */
    private List<LanternApi.Slot> manySessions(LanternApi api, LocalDate today) throws Exception {
        say("creating " + DAYS * SESSIONS_PER_DAY + " sessions over " + DAYS + " days");
        for (int d = 1; d <= DAYS; d++) {
            for (int s = 0; s < SESSIONS_PER_DAY; s++) {
                // an identical session is refused as a duplicate (issue 13): each of a day's sessions starts a minute
                // later than the one before (the second runs 08:01 to 19:56, one slot fewer)
                String start = java.time.LocalTime.of(8, 0).plusMinutes(s).toString();
                String end = s == 0 ? "20:00" : java.time.LocalTime.of(19, 55).plusMinutes(s).toString();
                api.createSession(today.plusDays(d), start, end, 5, PLACES, null);
                sessionCreated();
            }
        }
        List<LanternApi.Slot> slots = api.availability(today.plusDays(1), today.plusDays(DAYS));
        // round-robin over the sessions, so that consecutive bookings go to different sessions and days
        Map<String, List<LanternApi.Slot>> bySession = new LinkedHashMap<>();
        slots.forEach(s -> bySession.computeIfAbsent(s.sessionId(), k -> new ArrayList<>()).add(s));
        List<LanternApi.Slot> interleaved = new ArrayList<>();
        int longest = bySession.values().stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<LanternApi.Slot> session : bySession.values()) {
                if (i < session.size()) {
                    interleaved.add(session.get(i));
                }
            }
        }
        return interleaved;
    }

    /** One evening, 16:00 to 23:55, 5-minute slots of 50 places: everyone wants this one. */
    private List<LanternApi.Slot> hotSession(LanternApi api, LocalDate date) throws Exception {
        String sessionId = api.createSession(date, "16:00", "23:55", 5, PLACES, null);
        sessionCreated();
        return api.availability(date, date).stream().filter(s -> s.sessionId().equals(sessionId)).toList();
    }

    private void sessionCreated() {
        sessionsCreated++;
        events.incrementAndGet();
    }

    /** Sequential bookings with this many events in the store, then the app's CPU use while nobody asks anything. */
    private void growthPoint(String label, Load.SlotPool pool) throws Exception {
        long before = events.get();
        say("latency with " + before + " events in the store (" + label + ")");
        Latencies latencies = load.sequential(pool, settings.probeBookings());
        Thread.sleep(SETTLE.toMillis());
        double idle = idleCpu();
        growth.add(new Growth(label, before, latencies, idle));
        app.checkAlive();
    }

    private double idleCpu() throws InterruptedException {
        Duration from = app.cpuTime();
        long began = System.nanoTime();
        Thread.sleep(settings.idleSeconds() * 1000L);
        Duration to = app.cpuTime();
        long wall = System.nanoTime() - began;
        if (from.isNegative() || to.isNegative()) {
            return Double.NaN;
        }
        return 100.0 * to.minus(from).toNanos() / wall;
    }

    /** From a booking's 201 to the Server-Sent Event on the dashboard stream that shows it. */
    private Screen eventToScreen(LanternApi api) throws Exception {
        ZonedDateTime now = ZonedDateTime.now(settings.zone());
        LocalDate today = api.today();
        // slots from half an hour from now, up to an hour of them, and never past 23:55 today
        LocalDateTime start = now.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES)
                .withMinute(now.getMinute() / 5 * 5).plusMinutes(30);
        LocalDateTime lastEnd = today.atTime(23, 55);
        LocalDateTime end = start.plusMinutes(60).isAfter(lastEnd) ? lastEnd : start.plusMinutes(60);
        long slotsNeeded = (settings.screenSamples() + PLACES - 1) / PLACES;
        if (!start.toLocalDate().equals(today) || Duration.between(start, end).toMinutes() < 5 * slotsNeeded) {
            notes.add("Event-to-screen was skipped: the dashboard shows today's sessions only, and at "
                    + now.toLocalTime().withNano(0) + " in " + settings.zone() + " no session fits before midnight. "
                    + "Run again after midnight.");
            return null;
        }
        say("event-to-screen: " + settings.screenSamples() + " bookings on a session today at " + start.toLocalTime());
        String sessionId = api.createSession(today, start.toLocalTime().toString(), end.toLocalTime().toString(), 5,
                PLACES, null);
        sessionCreated();
        Load.SlotPool pool = new Load.SlotPool("today's session", api.availability(today, today).stream()
                .filter(s -> s.sessionId().equals(sessionId)).toList(), PLACES);
        List<Long> after201 = new ArrayList<>();
        List<Long> afterSend = new ArrayList<>();
        int beforeThe201 = 0;
        int missing = 0;
        try (DashboardStream stream = api.dashboardStream(sessionId)) {
            if (stream.awaitCount(0, Duration.ofSeconds(30)) < 0) {
                errors.add("The dashboard stream sent no first event within 30 s (status " + stream.status() + ")");
                return null;
            }
            String address = LanternApi.nextAddress();
            int booked = 0;
            for (int i = 0; i < settings.screenSamples(); i++) {
                long sent = System.nanoTime();
                LanternApi.Answer answer = api.book(pool.next(), address);
                long answered = System.nanoTime();
                if (!answer.is(201)) {
                    errors.add("A booking for the event-to-screen run answered " + answer.status());
                    continue;
                }
                events.incrementAndGet();
                booked++;
                long seen = stream.awaitCount(booked, Duration.ofSeconds(30));
                if (seen < 0) {
                    missing++;
                    continue;
                }
                if (seen < answered) {
                    beforeThe201++;
                }
                after201.add(Math.max(0, seen - answered));
                afterSend.add(seen - sent);
            }
        }
        if (missing > 0) {
            errors.add(missing + " bookings never showed on the dashboard stream within 30 s");
        }
        return new Screen(settings.screenSamples(), Latencies.of(after201), Latencies.of(afterSend), beforeThe201,
                missing);
    }

    private void stop(StoreTarget target) {
        try {
            if (app != null) {
                say("stopping the app");
                app.close();
                if (target.embeddedFile()) {
                    dataAfterStop = AppProcess.sizeOf(target.dataDir());
                }
            }
        } catch (Exception e) {
            errors.add("Stopping the app: " + e);
        } finally {
            if (app != null) {
                app.kill();
            }
        }
        if (app != null && target.outlivesTheApp()) {
            rebuild(target);
        }
        try {
            target.dropRunDatabase();
        } catch (RuntimeException e) {
            notes.add("The run's database could not be dropped: " + e.getMessage());
        }
    }

    /**
     * Starts the app again on the same store with {@code --lantern.rebuild=all} and reads the speed of the rebuild
     * from its log, where the app writes its progress every 2 s and the speed at the end.
     */
    private void rebuild(StoreTarget target) {
        say("rebuilding the read models from the events (--lantern.rebuild=all)");
        Path log = settings.work().resolve("app-rebuild.log");
        AppProcess rebuilding = null;
        try {
            rebuilding = AppProcess.launch(settings, target, "bench-" + UUID.randomUUID(), log,
                    "--lantern.rebuild=all");
            java.util.regex.Pattern done = java.util.regex.Pattern.compile(
                    "Rebuild: done, (\\d+) events in ([0-9.]+) s \\((\\d+) events/s");
            long giveUp = System.nanoTime() + Duration.ofMinutes(15).toNanos();
            while (System.nanoTime() < giveUp) {
                String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
                java.util.regex.Matcher found = done.matcher(text);
                if (found.find()) {
                    long progressLines = text.lines().filter(l -> l.contains("Rebuild: ") && l.contains("has passed"))
                            .count();
                    rebuild = String.format(Locale.ROOT, "%,d events rebuilt into both read models in %s s: **%s"
                            + " events/s** (from starting the rebuild, not the app); %d progress lines in the log on the"
                            + " way", Long.parseLong(found.group(1)), found.group(2),
                            String.format(Locale.ROOT, "%,d", Long.parseLong(found.group(3))), progressLines);
                    return;
                }
                rebuilding.checkAlive();
                Thread.sleep(500);
            }
            notes.add("The rebuild did not finish within 15 minutes; its log: " + log);
        } catch (Exception e) {
            notes.add("The rebuild could not be measured: " + e);
        } finally {
            if (rebuilding != null) {
                rebuilding.kill();
            }
        }
    }

    private String render() {
        StringBuilder md = new StringBuilder();
        double raw = rawRates.stream().mapToDouble(StoreTarget.RawRate::perSecond).max().orElse(Double.NaN);
        md.append("# Lantern benchmark report\n\n");
        md.append("- Run: ").append(started);
        Machine.commit(settings.project()).ifPresent(c -> md.append(", commit ").append(c));
        md.append("\n- Machine: ").append(Machine.describe());
        if (loadAverage != null) {
            md.append("; load average when the run began: ").append(loadAverage);
        }
        md.append('\n');
        md.append("- JDK: ").append(Machine.jdk()).append(" (the app and the harness)\n");
        md.append("- Store: ").append(store).append('\n');
        if (app != null) {
            md.append("- App: the packaged jar in a JVM of its own, JVM options: ")
                    .append(settings.appJvmArgs().isEmpty() ? "none (JVM defaults)" : String.join(" ",
                            settings.appJvmArgs()))
                    .append("; run settings: `").append(String.join(" ", AppProcess.SETTINGS)).append("`\n");
        }
        md.append("- Load: this JVM over HTTP/1.1 on loopback, closed loop (each client books again as soon as it is"
                + " answered), every virtual client with its own `X-Forwarded-For` address; Idempotency-Key on every"
                + " booking: ").append(settings.idempotencyKeys() ? "yes" : "no").append('\n');
        md.append("- Times are measured by the client: from sending the request to having read the whole answer.\n");

        md.append("\n## The store's raw limit\n\n");
        md.append("Single-document inserts through the MongoDB sync driver, majority write concern, documents about"
                + " the size of a booking event. ");
        md.append(settings.external() ? "Same server as the app, a scratch database dropped afterwards."
                : "The embedded store is the app's own server class (`EmbeddedMongo`) started inside the harness JVM"
                        + " while the app idles: the app offers no way in to its embedded server.").append("\n\n");
        md.append("| writers | inserts | inserts/s |\n| --- | --- | --- |\n");
        for (StoreTarget.RawRate r : rawRates) {
            md.append(String.format(Locale.ROOT, "| %d | %,d | %,.0f |%n", r.writers(), r.inserts(), r.perSecond()));
        }
        if (!Double.isNaN(raw)) {
            md.append(String.format(Locale.ROOT, "%nRaw limit (the better of the two): **%,.0f inserts/s**. Every"
                    + " throughput below is also given as a share of it.%n", raw));
        }

        md.append("\n## Booking: throughput and latency\n\n");
        md.append(String.format(Locale.ROOT, "`POST /api/v1/bookings`, %d s warm-up then %d s measured per row;"
                + " many sessions: %d sessions on %d days (08:00–20:00, 5-minute slots of %d places), bookings spread"
                + " round-robin; hot session: one evening (16:00–23:55) that every client books.%n%n",
                settings.warmupSeconds(), settings.seconds(), DAYS * SESSIONS_PER_DAY, DAYS, PLACES));
        md.append("| sessions | clients | events in store at start | bookings measured | bookings/s | share of raw"
                + " limit | p50 ms | p99 ms | max ms | failed | app CPU | client CPU |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Run run : throughput) {
            Load.Result r = run.result();
            md.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %.1f | %s | %s | %s | %s | %d | %s | %s |%n",
                    r.name() + (r.ranOutOfPlaces() ? " (ran out of places)" : ""), r.clients(), r.eventsBefore(),
                    r.bookings(), r.perSecond(), share(r.perSecond(), raw), Latencies.format(r.latencies().p50()),
                    Latencies.format(r.latencies().p99()), Latencies.format(r.latencies().max()), r.failed(),
                    percent(run.appCpu()), percent(run.clientCpu())));
        }
        md.append("\nApp and client CPU: user plus system time of each process over the whole row (warm-up"
                + " included), as a share of one core; 200% is both cores of a 2-core machine.\n");

        md.append("\n## Event to screen\n\n");
        if (screen != null) {
            md.append(String.format(Locale.ROOT, "%d bookings, one at a time, on a session later today, with"
                    + " `GET /api/v1/dashboard/stream` open as MANAGER: the time from a booking's 201 to the first"
                    + " Server-Sent Event showing that booking's count.%n%n", screen.samples()));
            md.append("| measured | p50 ms | p99 ms | max ms |\n| --- | --- | --- | --- |\n");
            md.append(row("from the 201 to the event", screen.after201()));
            md.append(row("from sending the booking to the event", screen.afterSend()));
            md.append(String.format(Locale.ROOT, "%n%d of %d events arrived before the 201 itself (counted as 0 ms);"
                    + " %d never arrived within 30 s.%n", screen.beforeThe201(), screen.after201().count()
                    + screen.missing(), screen.missing()));
        } else {
            md.append("Not measured (see the notes below).\n");
        }

        md.append("\n## Start-up, memory and disk\n\n");
        md.append("| what | value |\n| --- | --- |\n");
        if (startUp != null) {
            md.append(String.format(Locale.ROOT, "| start-up: process launched to the first `GET /` answered 200 |"
                    + " %.2f s |%n", startUp.toMillis() / 1000.0));
            md.append("| start-up as Spring Boot logs it (\"Started ... in\", after the JVM's own start) | ")
                    .append(springStartUp).append(" |\n");
        }
        if (heapAfterLoad != null) {
            md.append(String.format(Locale.ROOT, "| heap in use after the load (jcmd GC.heap_info) | %s of %s"
                    + " committed, max %s |%n", Machine.mib(heapAfterLoad.used()), Machine.mib(heapAfterLoad.committed()),
                    Machine.mib(heapAfterLoad.max())));
            md.append(String.format(Locale.ROOT, "| heap in use after a full GC (jcmd GC.run): the live set | %s |%n",
                    Machine.mib(heapAfterGc.used())));
            md.append(String.format(Locale.ROOT, "| bookings made in the run | %,d |%n", bookingsMade));
        }
        if (dataAfterLoad >= 0 && bookingsMade > 0) {
            md.append(String.format(Locale.ROOT, "| data directory after the load (app running) | %s: %s per 1,000"
                    + " bookings, of which %s growth since the sessions were set up |%n", Machine.mib(dataAfterLoad),
                    kib(dataAfterLoad * 1000.0 / bookingsMade), kib((dataAfterLoad - dataAtSetup) * 1000.0
                            / bookingsMade)));
            if (dataAfterStop >= 0) {
                md.append(String.format(Locale.ROOT, "| data directory after a clean stop | %s: %s per 1,000"
                        + " bookings |%n", Machine.mib(dataAfterStop), kib(dataAfterStop * 1000.0 / bookingsMade)));
            }
        } else {
            md.append("| data directory per 1,000 bookings | only on the embedded file store: `-Dbench.store=file` |\n");
        }

        md.append("\n## How cost grows\n\n");
        md.append(String.format(Locale.ROOT, "%d bookings one after the other at each point (events counted by the"
                + " harness: one for each session it set up, with no clinician named, and one for each booking), then"
                + " the app's CPU over %d s with no request (user + system time from /proc, as a share of one"
                + " core).%n%n",
                settings.probeBookings(), settings.idleSeconds()));
        md.append("| point | events in store | p50 ms | p99 ms | max ms | idle CPU |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Growth g : growth) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s |%n", g.label(), g.events(),
                    Latencies.format(g.latencies().p50()), Latencies.format(g.latencies().p99()),
                    Latencies.format(g.latencies().max()), percent(g.idleCpuPercent())));
        }
        if (!settings.growth().contains(100_000)) {
            md.append("\n100,000 events: off by default (about half an hour at today's speed);"
                    + " `-Dbench.growth=1000,10000,100000`.\n");
        }

        md.append("\n## Projection rebuild\n\n").append(rebuild != null
                ? "The app started again on the same store with `--lantern.rebuild=all`: " + rebuild + ".\n"
                : "Not measured: the rebuild needs a store that outlives the app (`-Dbench.store=file` or a MongoDB"
                        + " URI); the in-memory store dies with it.\n");

        md.append("\n## Failures and notes\n\n");
        Map<String, Integer> failures = load == null ? Map.of() : load.failures();
        if (failures.isEmpty() && errors.isEmpty()) {
            md.append("No failures: every booking was answered 201.\n");
        }
        failures.forEach((what, n) -> md.append("- FAILED ").append(n).append(" × answer ").append(what).append('\n'));
        errors.forEach(e -> md.append("- FAILED: ").append(e).append('\n'));
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        return md.toString();
    }

    private static String row(String what, Latencies l) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", what, Latencies.format(l.p50()),
                Latencies.format(l.p99()), Latencies.format(l.max()));
    }

    private static String share(double perSecond, double raw) {
        if (Double.isNaN(raw) || raw <= 0 || perSecond <= 0) {
            return "–";
        }
        double share = perSecond / raw;
        return String.format(Locale.ROOT, "%.3f (1/%.0f)", share, 1 / share);
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", value);
    }

    private static String kib(double bytes) {
        return String.format(Locale.ROOT, "%,.0f KiB", bytes / 1024);
    }

    private static void say(String what) {
        System.out.println("[bench] " + what);
    }
}
