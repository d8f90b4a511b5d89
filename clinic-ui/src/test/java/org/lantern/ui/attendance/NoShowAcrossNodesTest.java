package org.lantern.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lantern.application.attendance.NoShowSweep;
import org.lantern.application.booking.BookingRecords;
import org.lantern.infra.store.EmbeddedMongo;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternApplication;
import org.lantern.ui.TestClock;
import org.lantern.ui.TestSupportConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The no-show deadline lives in events and read models, not in a node's memory: booked on one node that then
 * stops, it is kept by two other nodes sweeping at once, and each booking is marked exactly once.
 */
class NoShowAcrossNodesTest {

    static final String PASSWORD = "no-show-nodes-admin-pw";
    static final EmbeddedMongo store = EmbeddedMongo.inMemory();

    @AfterAll
    static void stop() {
        store.close();
    }

    static ConfigurableApplicationContext start(String nodeId) {
        return new SpringApplicationBuilder(LanternApplication.class, TestSupportConfiguration.class).run(
                "--server.port=0",
                "--spring.mongodb.uri=" + store.connectionString() + "/lantern",
                "--lantern.store.node-id=" + nodeId,
                "--lantern.attendance.first-sweep-after=PT24H",
                "--lantern.privacy.first-check-after=PT24H",
                "--LANTERN_ADMIN_PASSWORD=" + PASSWORD);
    }

    static WebTestClient client(ConfigurableApplicationContext node) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + node.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPendingDeadlineSurvivesARestartAndTwoNodesMarkEachNoShowOnce() throws Exception {
        LocalDate date = LocalDate.now().plusDays(5);
        List<String> references;
        try (ConfigurableApplicationContext first = start("node-first")) {
            String sessionId = (String) client(first).post().uri("/api/v1/sessions")
                    .headers(h -> h.setBasicAuth("admin", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("service", "sexual-health", "date", date.toString(), "start", "10:00",
                            "end", "11:00", "slotMinutes", 30, "placesPerSlot", 4))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                    .get("sessionId");
            references = List.of("One", "Two", "Three").stream().map(name -> (String) client(first).post()
                    .uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("sessionId", sessionId, "start", CentreTimes.london(date, 10, 0),
                            "pseudonym", name))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                    .get("reference")).toList();
        }

        try (ConfigurableApplicationContext b = start("node-b"); ConfigurableApplicationContext c = start("node-c")) {
            for (ConfigurableApplicationContext node : List.of(b, c)) {
                node.getBean(TestClock.class).set(date.atTime(10, 20).atZone(ZoneId.of("Europe/London")).toInstant());
            }
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Integer> onB = sweepAfter(go, b.getBean(NoShowSweep.class));
            CompletableFuture<Integer> onC = sweepAfter(go, c.getBean(NoShowSweep.class));
            go.countDown();

            assertThat(onB.get() + onC.get()).as("each booking marked by one node only").isEqualTo(3);
            BookingRecords records = b.getBean(BookingRecords.class);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(references)
                    .allSatisfy(r -> assertThat(records.booking(r).orElseThrow().status().code())
                            .isEqualTo("no-show")));
            assertThat(b.getBean(NoShowSweep.class).sweep() + c.getBean(NoShowSweep.class).sweep()).isZero();
        }
    }

    private static CompletableFuture<Integer> sweepAfter(CountDownLatch go, NoShowSweep sweep) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return sweep.sweep();
        });
    }
}
