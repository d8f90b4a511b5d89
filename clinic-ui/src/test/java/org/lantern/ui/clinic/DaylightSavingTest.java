package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sessions are planned in the centre's wall-clock time. On the days the clocks change, and on either side of
 * them, the wire must carry the offset in force that day, so 10:00 stays 10:00 on the person's phone.
 */
@LanternIntegrationTest
class DaylightSavingTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDayTheClocksGoForwardShowsSummerTime() {
        ZoneOffsetTransition spring = nextTransition(true);
        assertWallClockOn(spring.getInstant().atZone(LONDON).toLocalDate(), spring.getOffsetAfter());
        assertWallClockOn(spring.getInstant().atZone(LONDON).toLocalDate().minusDays(1), spring.getOffsetBefore());
    }

    @Test
    void theDayTheClocksGoBackShowsWinterTime() {
        ZoneOffsetTransition autumn = nextTransition(false);
        assertWallClockOn(autumn.getInstant().atZone(LONDON).toLocalDate(), autumn.getOffsetAfter());
        assertWallClockOn(autumn.getInstant().atZone(LONDON).toLocalDate().minusDays(1), autumn.getOffsetBefore());
    }

    private void assertWallClockOn(LocalDate date, ZoneOffset expected) {
        clock.set(date.minusDays(10).atStartOfDay(LONDON).toInstant());
        String sessionId = api.schedule(date, "10:00", "11:00", 30, 1);
        List<Map<String, Object>> slots = api.availability("sexual-health", date, date).stream()
                .filter(s -> sessionId.equals(s.get("sessionId"))).toList();
        assertThat(slots).extracting(s -> OffsetDateTime.parse((String) s.get("start")))
                .containsExactly(OffsetDateTime.of(date, LocalTime.of(10, 0), expected),
                        OffsetDateTime.of(date, LocalTime.of(10, 30), expected));

        String start = (String) slots.get(0).get("start");
        Map<String, Object> booked = api.booked(sessionId, start, "Clock watcher");
        assertThat(OffsetDateTime.parse((String) booked.get("start")).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        api.admin().get().uri("/api/v1/day-list?date={d}&service=sexual-health", date).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.sessions[?(@.sessionId=='" + sessionId + "')].start")
                .value(starts -> assertThat(((List<?>) starts).stream().map(s -> OffsetDateTime.parse((String) s)))
                        .containsExactly(OffsetDateTime.of(date, LocalTime.of(10, 0), expected)));
    }

    /**
     * A spring (or autumn) change well over a year ahead: beyond every date {@link Api#freshDate()} hands out, so
     * the sessions booked here never show up in another test's day. The test clock is moved to shortly before it.
     */
    private static ZoneOffsetTransition nextTransition(boolean forward) {
        Instant from = Instant.now().plus(Duration.ofDays(400));
        ZoneOffsetTransition t = LONDON.getRules().nextTransition(from);
        while (t.isGap() != forward) {
            t = LONDON.getRules().nextTransition(t.getInstant());
        }
        return t;
    }
}
