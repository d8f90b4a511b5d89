package org.lantern.ui.rotas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A weekly pattern creates the coming weeks' sessions through the one way a session is set up; its times are the
 * centre's wall clock, so a pattern across a clock change keeps 10:00 at 10:00. Bad input changes nothing.
 */
@LanternIntegrationTest
class RotaTest {

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
    @SuppressWarnings("unchecked")
    void aPatternAcrossTheSpringClockChangeKeepsItsLocalTimes() {
        ZoneOffsetTransition spring = nextSpringChange();
        LocalDate changeDay = spring.getInstant().atZone(LONDON).toLocalDate(); // a Sunday
        LocalDate from = changeDay.minusDays(6);
        clock.set(from.minusDays(3).atStartOfDay(LONDON).toInstant());
        Map<String, Object> created = rota(Map.of("service", "counselling", "weekdays", List.of("SATURDAY", "MONDAY"),
                "start", "10:00", "end", "11:40", "slotMinutes", 50, "placesPerSlot", 1, "from", from.toString(),
                "weeks", 2)).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        List<Map<String, Object>> sessions = (List<Map<String, Object>>) created.get("sessions");
        assertThat(sessions).hasSize(4);
        assertThat(sessions).extracting(s -> OffsetDateTime.parse((String) s.get("start")).toLocalTime())
                .containsOnly(LocalTime.of(10, 0));
        assertThat(sessions).extracting(s -> OffsetDateTime.parse((String) s.get("start")).getOffset())
                .containsExactly(spring.getOffsetBefore(), spring.getOffsetBefore(), spring.getOffsetAfter(),
                        spring.getOffsetAfter());
        List<Map<String, Object>> slots = api.availability("counselling", changeDay.plusDays(1),
                changeDay.plusDays(1));
        assertThat(slots).extracting(s -> OffsetDateTime.parse((String) s.get("start"))).contains(
                OffsetDateTime.of(changeDay.plusDays(1), LocalTime.of(10, 0), spring.getOffsetAfter()),
                OffsetDateTime.of(changeDay.plusDays(1), LocalTime.of(10, 50), spring.getOffsetAfter()));
    }

    @Test
    void badInputIsRefusedAndCreatesNothing() {
        LocalDate day = Api.freshDate();
        Map<String, Object> good = new HashMap<>(Map.of("service", "sexual-health",
                "weekdays", List.of(day.getDayOfWeek().name()), "start", "09:00", "end", "10:00", "slotMinutes", 30,
                "placesPerSlot", 2, "from", day.toString(), "weeks", 1));
        assertRefused(with(good, "weeks", 13), "error.rota-weeks");
        assertRefused(with(good, "weekdays", List.of("FUNDAY")), "error.weekdays");
        assertRefused(with(good, "weekdays", List.of()), "error.weekdays");
        assertRefused(with(good, "site", "the-van"), "error.site");
        assertRefused(with(good, "service", "massage"), "error.service");
        assertRefused(with(good, "end", "08:00"), "refused.END_NOT_AFTER_START");
        assertRefused(with(good, "slotMinutes", 25), "refused.SLOT_LENGTH_DOES_NOT_DIVIDE");
        assertRefused(with(good, "from", "01/12/2026"), "error.date");
        assertRefused(with(good, "from", LocalDate.now(LONDON).minusDays(7).toString()),
                "refused.SESSION_IN_PAST");
        assertRefused(with(good, "staff", "nobody-of-that-name"), "error.clinician-account");
        assertThat(api.availability("sexual-health", day, day)).noneMatch(s -> ((String) s.get("start"))
                .contains("T09:00"));

        rota(with(good, "site", "drop-in")).expectStatus().isCreated();
        assertThat(api.availability("sexual-health", day, day)).anyMatch(s -> ((String) s.get("start"))
                .contains("T09:00"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDateTheStaffMemberIsBusyIsSkippedAndNamed() {
        api.createStaff("rota-robin", "rota robin password 1", "CLINICIAN");
        LocalDate day = Api.freshDate();
        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "date", day.toString(), "start", "09:30", "end", "10:30",
                        "slotMinutes", 30, "placesPerSlot", 1, "clinician", "rota-robin"))
                .exchange().expectStatus().isCreated();
        Map<String, Object> created = rota(Map.of("service", "counselling", "weekdays",
                List.of(day.getDayOfWeek().name()), "start", "10:00", "end", "10:50", "slotMinutes", 50,
                "placesPerSlot", 1, "staff", "rota-robin", "from", day.toString(), "weeks", 1))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) created.get("sessions")).isEmpty();
        assertThat((List<Map<String, Object>>) created.get("skipped")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("date", day.toString()).containsEntry("code", "CLINICIAN_OVERLAP"));
    }

    private WebTestClient.ResponseSpec rota(Map<String, Object> body) {
        return api.admin().post().uri("/api/v1/rotas").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private void assertRefused(Map<String, Object> body, String key) {
        rota(body).expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(key);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(base);
        changed.put(key, value);
        return changed;
    }

    /** Beyond every date Api.freshDate() hands out (as DaylightSavingTest does), so no other test sees these. */
    private static ZoneOffsetTransition nextSpringChange() {
        ZoneOffsetTransition t = LONDON.getRules().nextTransition(Instant.now().plus(Duration.ofDays(400)));
        while (!t.isGap()) {
            t = LONDON.getRules().nextTransition(t.getInstant());
        }
        return t;
    }
}
