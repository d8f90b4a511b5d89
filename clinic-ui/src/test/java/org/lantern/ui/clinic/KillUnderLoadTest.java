package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The packaged application on the embedded file store, 8 clients booking, killed with SIGKILL in the middle of
 * it and started again: every booking that got its 201 is there, none is there twice (every request carries an
 * Idempotency-Key, and the ones cut off by the kill are sent again after the restart), and the dashboard's count
 * equals the count of the clinic's read model. Then again with the projections behind: killed while they rebuild.
 * Minutes, not seconds: only in the bench profile (docs/performance.md).
 */
@Tag("fault")
class KillUnderLoadTest {

    static final String PASSWORD = "kill-under-load-pw";
    static final int CLIENTS = 8;
    static final String[] SETTINGS = {"--lantern.rate-limits.booking.requests=1000000",
            "--lantern.rate-limits.future-bookings-per-address=1000000",
            // a key whose first request died with the process is free again soon after the restart
            "--lantern.booking.retry-stale-after=2s", "--lantern.booking.retry-wait=10s"};

    @TempDir
    Path dataDir;

    record Attempt(String key, String start) {
    }

    @Test
    void nothingAcknowledgedIsLostAndNothingIsBookedTwice() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        ChildApp app = ChildApp.launch(dataDir, PASSWORD, SETTINGS);
        WebTestClient client = app.readyClient();
        String sessionId = schedule(client, today);
        List<String> starts = starts(client, today);

        Map<Attempt, Map<?, ?>> acknowledged = new ConcurrentHashMap<>();
        Set<Attempt> cutOff = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (!killed.get()) {
                    Attempt attempt = new Attempt(UUID.randomUUID().toString(),
                            starts.get(next.getAndIncrement() % starts.size()));
                    try {
                        book(client, sessionId, attempt).ifPresent(b -> acknowledged.put(attempt, b));
                    } catch (RuntimeException | AssertionError cut) {
                        cutOff.add(attempt);
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> acknowledged.size() >= 40);
        app.kill();
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        int beforeTheKill = acknowledged.size();
        ChildApp again = ChildApp.launch(dataDir, PASSWORD, SETTINGS);
        try {
            WebTestClient restarted = again.readyClient();
            Thread.sleep(2500); // only so that the cut-off keys' pending claims are stale (2 s) when sent again
            for (Attempt attempt : cutOff) {
                await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                        .until(() -> book(restarted, sessionId, attempt), r -> true)
                        .ifPresent(b -> acknowledged.put(attempt, b));
            }
            for (Map<?, ?> booked : acknowledged.values()) {
                DurabilityTest.assertStillBooked(restarted, booked);
            }
            System.out.printf("FAULT kill -9 under load: %d bookings acknowledged before the kill, %d requests cut off"
                    + " and sent again with their key, %d bookings in all%n", beforeTheKill, cutOff.size(),
                    acknowledged.size());
            Set<Object> references = ConcurrentHashMap.newKeySet();
            acknowledged.values().forEach(b -> references.add(b.get("reference")));
            assertThat(references).as("one booking per request").hasSize(acknowledged.size());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(bookedPlaces(restarted, today)).isEqualTo(acknowledged.size());
                assertThat(dashboardBooked(restarted)).isEqualTo(acknowledged.size());
            });
        } finally {
            again.kill();
        }

        // the projections behind: rebuild from the first event, killed while catching up, started once more
        ChildApp rebuilding = ChildApp.launch(dataDir, PASSWORD, "--lantern.rebuild=all");
        rebuilding.readyClient();
        rebuilding.kill();
        ChildApp last = ChildApp.launch(dataDir, PASSWORD, SETTINGS);
        try {
            WebTestClient caughtUp = last.readyClient();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(bookedPlaces(caughtUp, today)).isEqualTo(acknowledged.size());
                assertThat(dashboardBooked(caughtUp)).isEqualTo(acknowledged.size());
            });
            for (Map<?, ?> booked : acknowledged.values()) {
                DurabilityTest.assertStillBooked(caughtUp, booked);
            }
        } finally {
            last.kill();
        }
    }

    /** A session later today (the dashboard shows today), 5-minute slots of 20 places until 23:55. */
    private static String schedule(WebTestClient client, LocalDate today) {
        java.time.LocalTime from = java.time.LocalTime.now(ZoneId.of("Europe/London")).plusMinutes(30)
                .withSecond(0).withNano(0);
        from = from.withMinute(from.getMinute() - from.getMinute() % 5);
        if (from.isAfter(java.time.LocalTime.of(22, 30)) || from.isBefore(java.time.LocalTime.of(0, 35))) {
            org.junit.jupiter.api.Assumptions.abort("too close to midnight for a session today");
        }
        Map<?, ?> created = admin(client).post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "date", today.toString(), "start", from.toString(),
                        "end", "23:55", "slotMinutes", 5, "placesPerSlot", 20))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("sessionId");
    }

    @SuppressWarnings("unchecked")
    private static List<String> starts(WebTestClient client, LocalDate today) {
        List<Map<String, Object>> slots = client.get()
                .uri("/api/v1/availability?service=sexual-health&from={d}&to={d}", today, today).exchange()
                .expectBody(List.class).returnResult().getResponseBody();
        List<String> starts = new ArrayList<>();
        slots.forEach(s -> starts.add((String) s.get("start")));
        return starts;
    }

    /** The booking, or empty when it was refused (a full slot); throws when the answer was cut off. */
    private static java.util.Optional<Map<?, ?>> book(WebTestClient client, String sessionId, Attempt attempt) {
        EntityExchangeResult<Map> answer = client.post().uri("/api/v1/bookings")
                .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", attempt.key())
                .bodyValue(Map.of("sessionId", sessionId, "start", attempt.start(), "pseudonym", "Loaded"))
                .exchange().expectBody(Map.class).returnResult();
        int status = answer.getStatus().value();
        if (status == 201) {
            return java.util.Optional.of(answer.getResponseBody());
        }
        assertThat(status).as("a refusal, not a failure").isEqualTo(409);
        return java.util.Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static int bookedPlaces(WebTestClient client, LocalDate today) {
        List<Map<String, Object>> slots = client.get()
                .uri("/api/v1/availability?service=sexual-health&from={d}&to={d}", today, today).exchange()
                .expectBody(List.class).returnResult().getResponseBody();
        // slots that have started drop out of availability: count only those still listed, as the clients did
        return slots.stream().mapToInt(s -> 20 - (Integer) s.get("free")).sum();
    }

    @SuppressWarnings("unchecked")
    private static int dashboardBooked(WebTestClient client) {
        Map<String, Object> dashboard = admin(client).get().uri("/api/v1/dashboard").exchange()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (Integer) dashboard.get("booked");
    }

    private static WebTestClient admin(WebTestClient client) {
        return client.mutate().defaultHeaders(h -> h.setBasicAuth("admin", PASSWORD)).build();
    }
}
