package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.Disposable;

/** Reception's dashboard changes without a reload when someone books or cancels (Server-Sent Events). */
@LanternIntegrationTest
class LiveDashboardTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBookingAndACancellationReachAnOpenDashboard() {
        LocalDate today = Api.freshDate();
        clock.set(today.atTime(6, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        String sessionId = api.schedule(today, "20:00", "20:30", 30, 2);
        api.admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "desk-" + today.getDayOfYear(), "password", "reception-desk-pw",
                        "roles", List.of("RECEPTION")))
                .exchange().expectStatus().isCreated();

        List<Map<String, Object>> seen = new CopyOnWriteArrayList<>();
        Disposable stream = api.as("desk-" + today.getDayOfYear(), "reception-desk-pw").get()
                .uri("/api/v1/dashboard/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody().filter(e -> e.data() != null).subscribe(e -> seen.add(e.data()));
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> bookedIn(seen, sessionId) == 0);
            String start = (String) api.availability("sexual-health", today, today).get(0).get("start");
            Map<String, Object> booked = api.booked(sessionId, start, "Walk-in friend");
            await().atMost(Duration.ofSeconds(20)).until(() -> bookedIn(seen, sessionId) == 1);

            api.client().delete().uri("/api/v1/bookings/{r}", booked.get("reference"))
                    .header("Booking-Secret", (String) booked.get("secret")).exchange().expectStatus().isNoContent();
            await().atMost(Duration.ofSeconds(20)).until(() -> bookedIn(seen, sessionId) == 0 && seen.size() >= 3);
        } finally {
            stream.dispose();
        }
        assertThat(seen.toString()).doesNotContain("Walk-in friend");
    }

    /** A dashboard left open overnight moves to the new day by itself, without a reload. */
    @Test
    void anOpenDashboardMovesToTheNewDayAtMidnight() {
        LocalDate evening = Api.freshDate();
        LocalDate morning = Api.freshDate();
        ZoneId london = ZoneId.of("Europe/London");
        clock.set(evening.atTime(23, 59, 58).atZone(london).toInstant());
        String tomorrows = api.schedule(morning, "08:00", "08:30", 30, 1);

        List<Map<String, Object>> seen = new CopyOnWriteArrayList<>();
        Disposable stream = api.admin().get().uri("/api/v1/dashboard/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody().filter(e -> e.data() != null).subscribe(e -> seen.add(e.data()));
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> !seen.isEmpty());
            assertThat(seen.get(0).get("date")).isEqualTo(evening.toString());
            assertThat(bookedIn(seen, tomorrows)).isEqualTo(-1);

            clock.set(morning.atStartOfDay(london).plusSeconds(1).toInstant());

            await().atMost(Duration.ofSeconds(20)).until(() -> morning.toString().equals(
                    seen.get(seen.size() - 1).get("date")));
            assertThat(bookedIn(seen, tomorrows)).isEqualTo(0);
        } finally {
            stream.dispose();
        }
    }

    @SuppressWarnings("unchecked")
    private static int bookedIn(List<Map<String, Object>> seen, String sessionId) {
        if (seen.isEmpty()) {
            return -1;
        }
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) seen.get(seen.size() - 1).get("sessions");
        return sessions.stream().filter(s -> sessionId.equals(s.get("sessionId")))
                .map(s -> (Integer) s.get("booked")).findFirst().orElse(-1);
    }
}
