package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.ui.LanternApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * On the embedded file store, a booking that got its 201 is still there after a restart, and after the
 * process is killed with SIGKILL straight after answering.
 */
class DurabilityTest {

    static final String PASSWORD = "durability-admin-pw";

    @TempDir
    Path dataDir;

    @Test
    void bookingsSurviveARestart() {
        LocalDate date = LocalDate.now().plusDays(5);
        Map<?, ?> booked;
        try (ConfigurableApplicationContext app = start()) {
            WebTestClient client = client(port(app));
            booked = book(client, schedule(client, date), date);
        }
        try (ConfigurableApplicationContext again = start()) {
            assertStillBooked(client(port(again)), booked);
        }
    }

    @Test
    void acknowledgedBookingsSurviveKillNine() throws Exception {
        LocalDate date = LocalDate.now().plusDays(6);
        Child app = launch();
        List<Map<?, ?>> acknowledged = new ArrayList<>();
        try {
            WebTestClient client = client(app.port());
            awaitReady(client);
            String sessionId = schedule(client, date);
            for (int i = 0; i < 4; i++) {
                acknowledged.add(book(client, sessionId, date, i));
            }
        } finally {
            app.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no clean close of the store
        }
        Child again = launch();
        try {
            WebTestClient client = client(again.port());
            awaitReady(client);
            for (Map<?, ?> booked : acknowledged) {
                assertStillBooked(client, booked);
            }
        } finally {
            again.process().destroyForcibly().waitFor();
        }
    }

    /** An application in a JVM of its own, on a port it chose itself and wrote in its log. */
    private record Child(Process process, Path log) {

        private static final Pattern STARTED = Pattern.compile("started on port (\\d+)");

        int port() {
            int port = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(this::portInLog, p -> p > 0 || !process.isAlive());
            assertThat(port).as("the application stopped before it started; its log: %s", log).isPositive();
            return port;
        }

        private int portInLog() throws IOException {
            Matcher found = STARTED.matcher(Files.exists(log) ? Files.readString(log) : "");
            return found.find() ? Integer.parseInt(found.group(1)) : 0;
        }
    }

    /** The look-ups below poll from one address until the projection has caught up: the limit is not under test. */
    static final String UNLIMITED_LOOKUPS = "--lantern.rate-limits.lookup.requests=100000";

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LanternApplication.class).run("--server.port=0",
                "--lantern.store.embedded=file", "--lantern.store.data-dir=" + dataDir,
                "--LANTERN_ADMIN_PASSWORD=" + PASSWORD, UNLIMITED_LOOKUPS);
    }

    private Child launch() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = new File(dataDir.toFile(), "app-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), LanternApplication.class.getName(),
                "--server.port=0", "--lantern.store.embedded=file", "--lantern.store.data-dir=" + dataDir,
                UNLIMITED_LOOKUPS)
                .redirectErrorStream(true)
                .redirectOutput(log);
        builder.environment().put("LANTERN_ADMIN_PASSWORD", PASSWORD);
        return new Child(builder.start(), log.toPath());
    }

    private static void awaitReady(WebTestClient client) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> client.get().uri("/actuator/health/readiness").exchange()
                        .returnResult(String.class).getStatus().is2xxSuccessful());
    }

    private static String schedule(WebTestClient client, LocalDate date) {
        Map<?, ?> created = client.mutate().defaultHeaders(h -> h.setBasicAuth("admin", PASSWORD)).build()
                .post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "date", date.toString(), "start", "10:00",
                        "end", "12:00", "slotMinutes", 30, "placesPerSlot", 1))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("sessionId");
    }

    private static Map<?, ?> book(WebTestClient client, String sessionId, LocalDate date) {
        return book(client, sessionId, date, 0);
    }

    private static Map<?, ?> book(WebTestClient client, String sessionId, LocalDate date, int slot) {
        String start = org.lantern.ui.CentreTimes.london(date, 10, 30 * slot);
        return client.post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", "Durable " + slot))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static void assertStillBooked(WebTestClient client, Map<?, ?> booked) {
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> client.get()
                .uri("/api/v1/bookings/{r}", booked.get("reference"))
                .header("Booking-Secret", (String) booked.get("secret")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("booked"));
        assertThat(booked.get("reference")).isNotNull();
    }

    private static WebTestClient client(int port) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
