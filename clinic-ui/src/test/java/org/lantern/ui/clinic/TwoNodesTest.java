package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lantern.infra.store.EmbeddedMongo;
import org.lantern.infra.axon.RetryingCommands;
import org.lantern.ui.OwnNettyResources;
import org.lantern.ui.Race;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two app nodes on one store, each with its own aggregate cache and token-claim owner: a slot is still never
 * overbooked, and a booking made on one node can be seen and cancelled on the other.
 */
class TwoNodesTest {

    static final String PASSWORD = "two-nodes-admin-pw";
    static EmbeddedMongo store;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() {
        store = EmbeddedMongo.inMemory();
        nodeA = start("node-a");
        nodeB = start("node-b");
    }

    @AfterAll
    static void stop() {
        nodeB.close();
        nodeA.close();
        store.close();
    }

    static ConfigurableApplicationContext start(String nodeId) {
        // arguments, not default properties: they must win over application.yml
        return OwnNettyResources.lantern().run(
                "--server.port=0",
                "--spring.mongodb.uri=" + store.connectionString() + "/lantern",
                "--lantern.store.node-id=" + nodeId,
                "--LANTERN_ADMIN_PASSWORD=" + PASSWORD, DurabilityTest.UNLIMITED_LOOKUPS,
                // every request comes from this machine's one address: the cap per address is not what is tested
                "--lantern.rate-limits.future-bookings-per-address=1000");
    }

    static WebTestClient client(ConfigurableApplicationContext node) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + node.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void aSlotIsNeverOverbookedAcrossNodes() throws Exception {
        LocalDate date = LocalDate.now().plusDays(3);
        String sessionId = schedule(nodeA, date, 2);
        String start = firstSlot(nodeB, date);

        List<Integer> statuses = Race.race(16, i -> client(i % 2 == 0 ? nodeA : nodeB).post()
                .uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", "Node guest " + i))
                .exchange().returnResult(String.class).getStatus().value());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(14);
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(slots(node, date).get(0).get("free")).isEqualTo(0));
        }
    }

    @Test
    void aBookingMadeOnOneNodeIsSeenAndCancelledOnTheOther() {
        LocalDate date = LocalDate.now().plusDays(4);
        String sessionId = schedule(nodeB, date, 1);
        String start = firstSlot(nodeA, date);
        Map<?, ?> booked = client(nodeA).post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", "Traveller"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String reference = (String) booked.get("reference");
        String secret = (String) booked.get("secret");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> client(nodeB).get()
                .uri("/api/v1/bookings/{r}", reference).header("Booking-Secret", secret).exchange()
                .expectStatus().isOk());
        client(nodeB).delete().uri("/api/v1/bookings/{r}", reference).header("Booking-Secret", secret).exchange()
                .expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> client(nodeA).get()
                .uri("/api/v1/bookings/{r}", reference).header("Booking-Secret", secret).exchange()
                .expectBody().jsonPath("$.status").isEqualTo("cancelled"));
    }

    /** One aggregate per session: two nodes booking two sessions of one date never wait for each other. */
    @Test
    void bookingsForTwoSessionsOfOneDateNeverConflict() throws Exception {
        LocalDate date = LocalDate.now().plusDays(5);
        String first = schedule(nodeA, date, 10, "10:00");
        String second = schedule(nodeB, date, 10, "11:00");
        await().atMost(Duration.ofSeconds(10)).until(() -> slots(nodeA, date).size() == 2
                && slots(nodeB, date).size() == 2);
        Map<Object, Object> startOf = slots(nodeA, date).stream().collect(java.util.stream.Collectors.toMap(
                s -> s.get("sessionId"), s -> s.get("start")));
        long conflictsBefore = conflicts(nodeA) + conflicts(nodeB);

        List<Integer> statuses = Race.race(16, i -> client(i % 2 == 0 ? nodeA : nodeB).post()
                .uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", i % 2 == 0 ? first : second,
                        "start", startOf.get(i % 2 == 0 ? first : second), "pseudonym", "Guest " + i))
                .exchange().returnResult(String.class).getStatus().value());

        assertThat(statuses).containsOnly(201).hasSize(16);
        assertThat(conflicts(nodeA) + conflicts(nodeB)).isEqualTo(conflictsBefore);
    }

    private static long conflicts(ConfigurableApplicationContext node) {
        return node.getBean(RetryingCommands.class).conflictsSeen();
    }

    private static String schedule(ConfigurableApplicationContext node, LocalDate date, int places) {
        return schedule(node, date, places, "15:00");
    }

    private static String schedule(ConfigurableApplicationContext node, LocalDate date, int places, String start) {
        Map<?, ?> created = client(node).mutate().defaultHeaders(h -> h.setBasicAuth("admin", PASSWORD)).build()
                .post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "date", date.toString(), "start", start,
                        "end", java.time.LocalTime.parse(start).plusMinutes(30).toString(), "slotMinutes", 30,
                        "placesPerSlot", places))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("sessionId");
    }

    /** The other node's projection may not have the new session yet: wait as a client would retry. */
    private static String firstSlot(ConfigurableApplicationContext node, LocalDate date) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !slots(node, date).isEmpty());
        return slots(node, date).get(0).get("start").toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> slots(ConfigurableApplicationContext node, LocalDate date) {
        return client(node).get().uri("/api/v1/availability?service=sexual-health&from={d}&to={d}", date, date)
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }
}
