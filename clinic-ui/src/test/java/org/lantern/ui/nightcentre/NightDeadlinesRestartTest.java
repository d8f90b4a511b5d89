package org.lantern.ui.nightcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lantern.application.nightcentre.NightDeadlines;
import org.lantern.ui.LanternApplication;
import org.lantern.ui.TestClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The night's deadlines are kept in the store, not in a timer: the application is stopped while a release is
 * due and again while an offer's hold runs out, and a fresh application on the same store does each in time.
 */
class NightDeadlinesRestartTest {

    static final String PASSWORD = "restart-admin-password";
    static final TestClock CLOCK = new TestClock();

    @TempDir
    Path dataDir;

    /** A test configuration, so the other tests' component scan never finds it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SharedClock {

        @Bean
        @Primary
        Clock sharedClock() {
            return CLOCK;
        }
    }

    @Test
    void aReleaseAndAnOfferDuringARestartAreStillDone() {
        LocalDate date = LocalDate.now(NightClient.LONDON).plusDays(3);
        NightClient.theAfternoonOf(CLOCK, date);
        Map<?, ?> late;
        Map<?, ?> second;
        Map<?, ?> third;
        try (ConfigurableApplicationContext app = start()) {
            WebTestClient client = client(app);
            client.mutate().defaultHeaders(h -> h.setBasicAuth("admin", PASSWORD)).build()
                    .post().uri("/api/v1/nights").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("date", date.toString(), "restPlaces", 1)).exchange().expectStatus().isCreated();
            late = book(client, date, "Late", 201);
            second = book(client, date, "Second", 202);
            third = book(client, date, "Third", 202);
        }

        NightClient.at(CLOCK, date.atTime(23, 0));
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(NightDeadlines.class).sweep();
            WebTestClient client = client(app);
            await().atMost(Duration.ofSeconds(30)).until(() -> "offered".equals(status(client, second)));
            assertThat(status(client, late)).isEqualTo("released");
        }

        CLOCK.advance(Duration.ofMinutes(30));
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(NightDeadlines.class).sweep();
            WebTestClient client = client(app);
            await().atMost(Duration.ofSeconds(30)).until(() -> "offered".equals(status(client, third)));
            assertThat(status(client, second)).isEqualTo("waitlisted");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(LanternApplication.class, SharedClock.class).run("--server.port=0",
                "--lantern.store.embedded=file", "--lantern.store.data-dir=" + dataDir,
                "--LANTERN_ADMIN_PASSWORD=" + PASSWORD, "--lantern.night.first-sweep-after=PT24H");
    }

    private static WebTestClient client(ConfigurableApplicationContext app) {
        String port = app.getEnvironment().getRequiredProperty("local.server.port");
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static Map<?, ?> book(WebTestClient client, LocalDate date, String pseudonym, int status) {
        return client.post().uri("/api/v1/night-bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("date", date.toString(), "kind", "rest", "pseudonym", pseudonym, "waitlist", true))
                .exchange().expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
    }

    private static String status(WebTestClient client, Map<?, ?> booking) {
        return (String) client.get().uri("/api/v1/night-bookings/{r}", booking.get("reference"))
                .header("Booking-Secret", (String) booking.get("secret")).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("status");
    }
}
