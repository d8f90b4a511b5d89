package org.lantern.ui.walkin;

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
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;

/** Reception's board: what it shows, a police-clinic line as private appointments, live updates, midnight. */
@LanternIntegrationTest
class ReceptionBoardTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private WebTestClient desk() {
        return api.admin();
    }

    private Map<?, ?> walkIn(String service, String pseudonym) {
        return desk().post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", service, "priority", "soon", "pseudonym", pseudonym)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    void theBoardShowsWhoWaitsWhoIsCalledAndTodaysArrivalsAndHidesThePoliceClinic() {
        LocalDate day = Api.freshDate();
        clock.set(day.atTime(9, 0).atZone(LONDON).toInstant());
        String police = (String) desk().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "police-clinic", "date", day.toString(), "start", "10:00", "end", "10:30",
                        "slotMinutes", 30, "placesPerSlot", 2))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("sessionId");
        String clinic = api.schedule(day, "10:00", "10:30", 30, 2);
        Object privateRef = api.bookedWithConsent(police, CentreTimes.london(day, 10, 0), "Secret Sam").get("reference");
        Object clinicRef = api.booked(clinic, CentreTimes.london(day, 10, 0), "Open Olu").get("reference");
        desk().post().uri("/api/v1/bookings/{r}/arrival", clinicRef).exchange().expectStatus().isOk();
        walkIn("sexual-health", "Walking Wen");
        walkIn("police-clinic", "Hidden Hal");

        String board = desk().get().uri("/api/v1/board").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(board).contains("\"date\":\"" + day + "\"", "Walking Wen", "Open Olu", "\"status\":\"arrived\"",
                        "\"service\":\"private\"", privateRef.toString())
                .doesNotContain("Secret Sam", "Hidden Hal", "police");
    }

    @Test
    void anOpenBoardShowsANewWalkInWithinMoments() {
        LocalDate day = Api.freshDate();
        clock.set(day.atTime(11, 0).atZone(LONDON).toInstant());
        List<String> seen = new CopyOnWriteArrayList<>();
        Disposable stream = open(seen);
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> !seen.isEmpty());
            Object callNumber = walkIn("counselling", "Live Lou").get("callNumber");
            await().atMost(Duration.ofSeconds(20)).until(() -> seen.get(seen.size() - 1)
                    .contains("\"callNumber\":\"" + callNumber + "\""));
        } finally {
            stream.dispose();
        }
    }

    @Test
    void anOpenBoardMovesToTheNewDayAtMidnight() {
        LocalDate evening = Api.freshDate();
        LocalDate morning = Api.freshDate();
        clock.set(evening.atTime(23, 59, 58).atZone(LONDON).toInstant());
        List<String> seen = new CopyOnWriteArrayList<>();
        Disposable stream = open(seen);
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> !seen.isEmpty());
            assertThat(seen.get(0)).contains("\"date\":\"" + evening + "\"");
            clock.set(morning.atStartOfDay(LONDON).plusSeconds(1).toInstant());
            await().atMost(Duration.ofSeconds(20)).until(() -> seen.get(seen.size() - 1)
                    .contains("\"date\":\"" + morning + "\""));
        } finally {
            stream.dispose();
        }
    }

    private Disposable open(List<String> seen) {
        return desk().get().uri("/api/v1/board/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .getResponseBody().filter(e -> e.data() != null).subscribe(e -> seen.add(e.data()));
    }
}
