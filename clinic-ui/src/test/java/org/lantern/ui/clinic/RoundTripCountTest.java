package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Counts the MongoDB round trips (driver commands) of one API booking with a command listener on the driver,
 * and keeps them from growing: the request's own commands and the projections' commands for it. The numbers
 * before and after the booking pipeline are in docs/architecture.md. Its own application context, so that no
 * other test's open stream adds commands.
 */
@LanternIntegrationTest
class RoundTripCountTest {

    /** The request's own commands without an Idempotency-Key: session, reference, key, event, and the read-back. */
    static final int REQUEST_COMMANDS = 6;
    /** An Idempotency-Key adds its claim and its completion. */
    static final int KEY_COMMANDS = 2;
    /** Each projection writes its document and its token (the dashboard also reads its day). */
    static final int PROJECTION_COMMANDS = 5;

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

    @Test
    void oneBookingMakesFewRoundTrips() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "08:00", "12:00", 5, 4);
        List<String> starts = api.availability("sexual-health", date, date).stream()
                .map(s -> (String) s.get("start")).toList();
        for (int i = 0; i < 4; i++) {
            api.booked(sessionId, starts.get(i), "Warm up " + i);
        }

        List<Command> plain = countOne(date, 5, () -> api.book(sessionId, starts.get(5), "Counted").expectStatus()
                .isCreated());
        List<Command> withKey = countOne(date, 6, () -> Api.bookWithKey(api.client(), Api.key(), sessionId,
                starts.get(6), "Counted with key").expectStatus().isCreated());

        print("without a key", plain);
        print("with an Idempotency-Key", withKey);
        assertThat(onRequestThreads(plain)).hasSizeLessThanOrEqualTo(REQUEST_COMMANDS);
        assertThat(onRequestThreads(withKey)).hasSizeLessThanOrEqualTo(REQUEST_COMMANDS + KEY_COMMANDS);
        assertThat(onProjectionThreads(plain)).hasSizeLessThanOrEqualTo(PROJECTION_COMMANDS);
        assertThat(onProjectionThreads(withKey)).hasSizeLessThanOrEqualTo(PROJECTION_COMMANDS);
    }

    /** The commands from sending one booking until both projections have applied it. */
    private List<Command> countOne(LocalDate date, int bookedBefore, Runnable booking) {
        WebTestClient admin = api.admin();
        counter.seen.clear();
        booking.run();
        await().atMost(Duration.ofSeconds(30)).until(() -> booked(admin) == bookedBefore + 1);
        // the dashboard read above went through this test's own client thread, not a request or processor thread
        return List.copyOf(counter.seen);
    }

    private int booked(WebTestClient admin) {
        Map<?, ?> dashboard = admin.get().uri("/api/v1/dashboard").exchange().expectBody(Map.class)
                .returnResult().getResponseBody();
        return ((List<?>) dashboard.get("sessions")).stream().map(Map.class::cast)
                .mapToInt(l -> (Integer) l.get("booked")).sum();
    }

    private static List<Command> onRequestThreads(List<Command> commands) {
        // the booking runs off the event loop; the dashboard look-ups of the test itself read dashboard_days only
        return commands.stream().filter(c -> c.thread().startsWith("boundedElastic"))
                .filter(c -> !c.collection().equals("dashboard_days")).toList();
    }

    private static List<Command> onProjectionThreads(List<Command> commands) {
        // the periodic extension of a token claim (about once a second) is not the booking's
        return commands.stream().filter(c -> c.thread().startsWith("EventProcessor[")).toList();
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
