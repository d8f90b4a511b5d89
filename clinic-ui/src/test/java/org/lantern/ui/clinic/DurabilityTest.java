package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.ui.OwnNettyResources;
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
        ChildApp app = ChildApp.launch(dataDir, PASSWORD);
        List<Map<?, ?>> acknowledged = new ArrayList<>();
        try {
            WebTestClient client = app.readyClient();
            String sessionId = schedule(client, date);
            for (int i = 0; i < 4; i++) {
                acknowledged.add(book(client, sessionId, date, i));
            }
        } finally {
            app.kill(); // SIGKILL: no shutdown hooks, no clean close of the store
        }
        ChildApp again = ChildApp.launch(dataDir, PASSWORD);
        try {
            WebTestClient client = again.readyClient();
            for (Map<?, ?> booked : acknowledged) {
                assertStillBooked(client, booked);
            }
        } finally {
            again.kill();
        }
    }

    /** The look-ups below poll from one address until the projection has caught up: the limit is not under test. */
    static final String UNLIMITED_LOOKUPS = "--lantern.rate-limits.lookup.requests=100000";

    private ConfigurableApplicationContext start() {
        return OwnNettyResources.lantern().run("--server.port=0",
                "--lantern.store.embedded=file", "--lantern.store.data-dir=" + dataDir,
                "--LANTERN_ADMIN_PASSWORD=" + PASSWORD, UNLIMITED_LOOKUPS);
    }

    static String schedule(WebTestClient client, LocalDate date) {
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

    static Map<?, ?> book(WebTestClient client, String sessionId, LocalDate date, int slot) {
        String start = org.lantern.ui.CentreTimes.london(date, 10, 30 * slot);
        return client.post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", "Durable " + slot))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    static void assertStillBooked(WebTestClient client, Map<?, ?> booked) {
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
