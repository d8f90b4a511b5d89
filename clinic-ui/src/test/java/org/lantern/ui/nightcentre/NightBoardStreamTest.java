package org.lantern.ui.nightcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
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

/** The night board changes without a reload when someone books, and moves to the next night at closing time. */
@LanternIntegrationTest
class NightBoardStreamTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBookingReachesAnOpenBoardAndTheBoardMovesOnAtClosing() {
        LocalDate date = Api.freshDate();
        NightClient.at(clock, date.atTime(20, 30));
        api.planNight(date, 3);
        api.createStaff("night-board-" + date.getDayOfYear(), "night board password", "NIGHT_STAFF");

        List<Map<String, Object>> seen = new CopyOnWriteArrayList<>();
        Disposable stream = api.as("night-board-" + date.getDayOfYear(), "night board password").get()
                .uri("/api/v1/night-board/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody().filter(e -> e.data() != null).subscribe(e -> seen.add(e.data()));
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> restBooked(seen, date) == 0);
            new NightClient(api).booked(date, "Nightingale Friend");
            await().atMost(Duration.ofSeconds(20)).until(() -> restBooked(seen, date) == 1);

            NightClient.at(clock, date.plusDays(1).atTime(8, 0));
            await().atMost(Duration.ofSeconds(20)).until(() -> !date.toString().equals(last(seen).get("date")));
        } finally {
            stream.dispose();
        }
        assertThat(seen).isNotEmpty();
    }

    private static Map<String, Object> last(List<Map<String, Object>> seen) {
        return seen.isEmpty() ? Map.of() : seen.get(seen.size() - 1);
    }

    private static int restBooked(List<Map<String, Object>> seen, LocalDate date) {
        Map<String, Object> board = last(seen);
        return date.toString().equals(board.get("date")) ? (Integer) board.get("restBooked") : -1;
    }
}
