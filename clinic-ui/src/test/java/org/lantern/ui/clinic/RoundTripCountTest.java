package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.projections.dashboard.DashboardReadModel;
import org.lantern.ui.TestClock;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the MongoDB round trips (driver commands) of one API booking with a command listener on the driver,
 * and keeps them from growing: the request's own commands and the projections' commands for it. The numbers
 * before and after the booking pipeline are in docs/architecture.md. Its own application context, so that no
 * other test's open stream adds commands.
 */
@LanternIntegrationTest
class RoundTripCountTest {

    /**
     * The request's own commands without an Idempotency-Key: the session, the reference's claim, the person's key,
     * the event, and the read-back once the projection has signalled.
     */
    static final int REQUEST_COMMANDS = 6; // 5, and one more look when the projection is slower than one poll
    /**
     * An Idempotency-Key adds its claim, the reference and sealed secret kept before the command (so that a retry
     * after a crash finds the booking), and its completion.
     */
    static final int KEY_COMMANDS = 3;
    /**
     * The booking's document, the dashboard's day read and written, and the funders' figure for it (each processor
     * also saves its token). The figures are a projection of their own so that they can be rebuilt alone.
     */
    static final int PROJECTION_COMMANDS = 4;

    record Command(String name, String collection, String thread) {
    }

    static class Counter implements CommandListener {
        final ConcurrentLinkedQueue<Command> seen = new ConcurrentLinkedQueue<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            var command = event.getCommand();
            var first = command.isEmpty() ? null : command.get(command.getFirstKey());
            seen.add(new Command(event.getCommandName(), first != null && first.isString()
                    ? first.asString().getValue() : "-", Thread.currentThread().getName()));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        Counter roundTripCounter() {
            return new Counter();
        }
    }

    @Autowired
    Api api;
    @Autowired
    Counter counter;
    @Autowired
    TestClock clock;
    @Autowired
    DashboardReadModel dashboard;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void oneBookingMakesFewRoundTrips() {
        LocalDate date = Api.freshDate();
        // the dashboard shows today: make the fresh date today, early in the morning
        clock.set(date.atTime(7, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        String sessionId = api.schedule(date, "08:00", "12:00", 5, 4);
        List<String> starts = api.availability("sexual-health", date, date).stream()
                .map(s -> (String) s.get("start")).toList();
        for (int i = 0; i < 4; i++) {
            api.booked(sessionId, starts.get(i), "Warm up " + i);
        }

        List<Command> plain = countOne(date, () -> api.book(sessionId, starts.get(5), "Counted").expectStatus()
                .isCreated());
        List<Command> withKey = countOne(date, () -> Api.bookWithKey(api.client(), Api.key(), sessionId,
                starts.get(6), "Counted with key").expectStatus().isCreated());

        print("without a key", plain);
        print("with an Idempotency-Key", withKey);
        // the aggregate cache holds sessions by weak reference: a collection between two bookings may make the
        // session load itself again (a snapshot look and its events, two finds), which is not the path's own cost
        for (List<Command> one : List.of(plain, withKey)) {
            assertThat(onRequestThreads(one).stream().filter(RoundTripCountTest::aggregateLoad))
                    .hasSizeLessThanOrEqualTo(2);
        }
        assertThat(onRequestThreads(plain).stream().filter(c -> !aggregateLoad(c)))
                .hasSizeLessThanOrEqualTo(REQUEST_COMMANDS);
        assertThat(onRequestThreads(withKey).stream().filter(c -> !aggregateLoad(c)))
                .hasSizeLessThanOrEqualTo(REQUEST_COMMANDS + KEY_COMMANDS);
        assertThat(onProjectionThreads(plain)).hasSizeLessThanOrEqualTo(PROJECTION_COMMANDS);
        assertThat(onProjectionThreads(withKey)).hasSizeLessThanOrEqualTo(PROJECTION_COMMANDS);
    }

    /**
     * A course of six weekly sessions: the pipeline's commands once, then for each session its place claimed
     * (one event each) and its freedom looked up before anything is written.
     */
    @Test
    void aCourseBookingMakesRoundTripsInProportionToItsSessions() {
        String counsellor = "round-trip-counsellor-" + UNIQUE.incrementAndGet(); // a rerun makes its own
        api.createStaff(counsellor, "round trip counsellor password", "COUNSELLOR");
        LocalDate first = Api.freshDate();
        Map<?, ?> course = api.admin().post().uri("/api/v1/courses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("counsellor", counsellor, "firstDate", first.toString(), "start", "10:00",
                        "weeks", COURSE_WEEKS))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        counter.seen.clear();
        api.client().post().uri("/api/v1/course-bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("courseId", course.get("courseId"), "pseudonym", "Counted course")).exchange()
                .expectStatus().isCreated();
        List<Command> commands = List.copyOf(counter.seen);

        print("of a course of " + COURSE_WEEKS + " weeks", commands);
        // the sessions' aggregates sit in a weak cache: under a full run's memory pressure some are loaded from the
        // store again (a snapshot look and an event read each), which is the cache's cost, not the course's
        List<Command> counted = onRequestThreads(commands).stream().filter(c -> !aggregateLoad(c)).toList();
        int lastEvent = lastIndexOf(counted, c -> c.name().equals("insert") && c.collection().equals("domainevents"));
        List<Command> writing = counted.subList(0, lastEvent + 1);
        List<Command> readBack = counted.subList(lastEvent + 1, counted.size());
        assertThat(writing).hasSizeLessThanOrEqualTo(COURSE_REQUEST_COMMANDS);
        // the read-back polls the read models until the projection has applied the course's events: how many looks
        // that takes depends on the machine's load, so only what it does is asserted (it reads, and writes nothing)
        assertThat(readBack).isNotEmpty().allSatisfy(c -> assertThat(c.name()).isEqualTo("find"));
    }

    private static int lastIndexOf(List<Command> commands, java.util.function.Predicate<Command> test) {
        for (int i = commands.size() - 1; i >= 0; i--) {
            if (test.test(commands.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static final int COURSE_WEEKS = 6;
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private static boolean aggregateLoad(Command c) {
        return c.name().equals("find") && (c.collection().equals("snapshotevents")
                || c.collection().equals("domainevents"));
    }
    /**
     * The course (1), its sessions' free places (2: the sessions, their bookings), the reference, the person's key,
     * and one event per command (the start, six claims, the confirmation: 8). The read-back after them is not
     * counted: it polls until the projection has applied the eight events, as often as the machine's load needs.
     */
    static final int COURSE_REQUEST_COMMANDS = 13;

    /** The commands from sending one booking until both projections have applied it. */
    private List<Command> countOne(LocalDate date, Runnable booking) {
        int bookedBefore = dashboard.day(date).booked();
        counter.seen.clear();
        booking.run();
        // read on this test's own thread, which is neither a request's nor a projection's
        await().atMost(Duration.ofSeconds(30)).until(() -> dashboard.day(date).booked() == bookedBefore + 1);
        return List.copyOf(counter.seen);
    }

    private static List<Command> onRequestThreads(List<Command> commands) {
        // the booking runs off the event loop; the dashboard look-ups of the test itself read dashboard_days only
        return commands.stream().filter(c -> c.thread().startsWith("boundedElastic")).toList();
    }

    private static List<Command> onProjectionThreads(List<Command> commands) {
        // tokens are left out: a processor also extends its claim about once a second, which is not the booking's
        return commands.stream().filter(c -> c.thread().startsWith("EventProcessor["))
                .filter(c -> !c.collection().equals("trackingtokens")).toList();
    }

    private static void print(String what, List<Command> commands) {
        Map<String, Long> table = commands.stream().collect(Collectors.groupingBy(
                c -> group(c) + " " + c.name() + " " + c.collection(), TreeMap::new, Collectors.counting()));
        System.out.println("ROUND TRIPS of one API booking " + what + ": request " + onRequestThreads(commands).size()
                + ", projections " + onProjectionThreads(commands).size());
        table.forEach((k, v) -> System.out.println("ROUND TRIPS   " + k + ": " + v));
    }

    private static String group(Command c) {
        Function<String, Boolean> starts = c.thread()::startsWith;
        return starts.apply("boundedElastic") ? "request" : starts.apply("EventProcessor[") ? c.thread()
                .replaceAll("-\\d+$", "") : starts.apply("EmbeddedEventStore") ? "event-store-poller" : "other";
    }
}
