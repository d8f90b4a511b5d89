package org.lantern.ui.nightcentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The nights on which the clocks change (the next ones in Europe/London: the clocks go forward at 01:00 on
 * 28 March 2027 and back at 02:00 on 31 October 2027) are 11 and 13 hours long, and a time inside the hour the
 * clocks skip does not exist: it is refused.
 */
@LanternIntegrationTest
class NightClockChangeTest {

    static final LocalDate SPRING_FORWARD_NIGHT = LocalDate.of(2027, 3, 27);
    static final LocalDate FALL_BACK_NIGHT = LocalDate.of(2027, 10, 30);

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> listed(LocalDate date) {
        List<Map<String, Object>> found = api.client().get().uri("/api/v1/nights?from={d}&to={d}", date, date)
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Duration length(Map<String, Object> night) {
        return Duration.between(OffsetDateTime.parse((String) night.get("opens")),
                OffsetDateTime.parse((String) night.get("closes")));
    }

    @Test
    void theNightTheClocksGoForwardIsElevenHoursLong() {
        NightClient.theAfternoonOf(clock, SPRING_FORWARD_NIGHT);
        api.planNight(SPRING_FORWARD_NIGHT, 3);
        Map<String, Object> night = listed(SPRING_FORWARD_NIGHT);
        assertThat(OffsetDateTime.parse((String) night.get("opens")).getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(OffsetDateTime.parse((String) night.get("closes")).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(length(night)).isEqualTo(Duration.ofHours(11));
    }

    @Test
    void theNightTheClocksGoBackIsThirteenHoursLong() {
        NightClient.theAfternoonOf(clock, FALL_BACK_NIGHT);
        api.planNight(FALL_BACK_NIGHT, 3);
        Map<String, Object> night = listed(FALL_BACK_NIGHT);
        assertThat(OffsetDateTime.parse((String) night.get("opens")).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(OffsetDateTime.parse((String) night.get("closes")).getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(length(night)).isEqualTo(Duration.ofHours(13));
    }

    @Test
    void aClosingTimeInsideTheSkippedHourIsRefused() {
        NightClient.theAfternoonOf(clock, SPRING_FORWARD_NIGHT);
        api.admin().post().uri("/api/v1/nights").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("date", SPRING_FORWARD_NIGHT.toString(), "opens", "20:00", "closes", "01:30",
                        "restPlaces", 3))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("refused.TIME_IN_CLOCK_GAP");
    }

    @Test
    void aBookingOnTheShortNightShowsItsTimesRight() {
        NightClient.theAfternoonOf(clock, SPRING_FORWARD_NIGHT);
        api.planNight(SPRING_FORWARD_NIGHT, 3);
        Map<String, Object> booked = new NightClient(api).booked(SPRING_FORWARD_NIGHT, "Alex");
        Map<String, Object> seen = new NightClient(api).look(booked);
        assertThat(seen.get("opens")).isEqualTo("2027-03-27T20:00:00Z");
        assertThat(seen.get("closes")).isEqualTo("2027-03-28T08:00:00+01:00");
    }
}
