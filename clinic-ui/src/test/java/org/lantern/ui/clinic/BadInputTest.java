package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Rule 7: bad input gets a clear, kind problem+json answer, never a 500, and changes nothing. */
@LanternIntegrationTest
class BadInputTest {

    @Autowired
    Api api;

    LocalDate date;
    String sessionId;
    String start;

    @BeforeEach
    void aSessionWithOnePlace() {
        date = Api.freshDate();
        sessionId = api.schedule(date, "16:00", "16:30", 30, 1);
        start = (String) api.availability("sexual-health", date, date).get(0).get("start");
    }

    static Stream<Arguments> badPseudonyms() {
        return Stream.of(Arguments.of(""), Arguments.of("   "), Arguments.of("x".repeat(41)),
                Arguments.of("<script>alert(1)</script>"), Arguments.of("Eve\u202Egnp.exe"),
                Arguments.of("line\nbreak"), Arguments.of("semi;colon"), Arguments.of("--"));
    }

    @ParameterizedTest
    @MethodSource("badPseudonyms")
    void aPseudonymOutsideTheRuleIsRefused(String pseudonym) {
        api.book(sessionId, start, pseudonym).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("1 to 40"));
        assertNothingBooked();
    }

    @ParameterizedTest
    @MethodSource("goodPseudonyms")
    void pseudonymsOfAnyScriptAreWelcome(String pseudonym) {
        LocalDate other = Api.freshDate();
        String session = api.schedule(other, "16:00", "16:30", 30, 1);
        String at = (String) api.availability("sexual-health", other, other).get(0).get("start");
        api.book(session, at, pseudonym).expectStatus().isCreated();
    }

    static Stream<Arguments> goodPseudonyms() {
        return Stream.of(Arguments.of("Zoë O’Neill"), Arguments.of("Ана-Мария"), Arguments.of("نور"),
                Arguments.of("美玲 2"), Arguments.of("x".repeat(40)));
    }

    @Test
    void anUnknownSessionOrAStartThatIsNoSlotIsNotFound() {
        api.book("2030-01-01~nothere1", start, "Dee").expectStatus().isNotFound();
        api.book(sessionId, start.replace("16:00", "16:10"), "Dee").expectStatus().isNotFound();
        api.book(sessionId, date.plusDays(1) + start.substring(10), "Dee").expectStatus().isNotFound();
        assertNothingBooked();
    }

    @Test
    void malformedRequestsAreBadRequests() {
        api.book(sessionId, start.substring(0, 16), "Dee").expectStatus().isBadRequest();
        api.book(sessionId, "tomorrow", "Dee").expectStatus().isBadRequest();
        problem(api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{not json").exchange().expectStatus().isBadRequest());
        problem(api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("start", start)).exchange().expectStatus().isBadRequest());
        problem(api.client().post().uri("/api/v1/bookings").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("hello").exchange().expectStatus().isEqualTo(415));
        api.client().post().uri("/api/v1/bookings").header("Idempotency-Key", "short")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", "Dee"))
                .exchange().expectStatus().isBadRequest();
        assertNothingBooked();
    }

    @Test
    void badAvailabilityQuestionsAreBadRequests() {
        problem(api.client().get().uri("/api/v1/availability?service=sexual-health&from=2026-13-01&to=2026-12-01")
                .exchange().expectStatus().isBadRequest());
        problem(api.client().get().uri("/api/v1/availability?service=astrology&from={d}&to={d}", date, date)
                .exchange().expectStatus().isBadRequest());
        problem(api.client().get().uri("/api/v1/availability?service=sexual-health&from={a}&to={b}", date,
                date.minusDays(1)).exchange().expectStatus().isBadRequest());
        problem(api.client().get().uri("/api/v1/availability?service=sexual-health&from={a}&to={b}", date,
                date.plusDays(400)).exchange().expectStatus().isBadRequest());
        problem(api.client().get().uri("/api/v1/availability").exchange().expectStatus().isBadRequest());
    }

    @Test
    void refusedSessionsAreBadRequestsWithTheReason() {
        Map<String, Object> endBeforeStart = Map.of("service", "sexual-health", "date", date.toString(),
                "start", "12:00", "end", "11:00", "slotMinutes", 30, "placesPerSlot", 1);
        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON).bodyValue(endBeforeStart)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("after the start"));
        Map<String, Object> notDividing = Map.of("service", "sexual-health", "date", date.toString(),
                "start", "12:00", "end", "13:00", "slotMinutes", 25, "placesPerSlot", 1);
        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON).bodyValue(notDividing)
                .exchange().expectStatus().isBadRequest();
        Map<String, Object> past = Map.of("service", "sexual-health", "date", "2020-01-01",
                "start", "12:00", "end", "13:00", "slotMinutes", 30, "placesPerSlot", 1);
        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON).bodyValue(past)
                .exchange().expectStatus().isBadRequest();
        Map<String, Object> garbled = Map.of("service", "sexual-health", "date", "soon", "start", "noon",
                "end", "13:00", "slotMinutes", 30, "placesPerSlot", 1);
        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON).bodyValue(garbled)
                .exchange().expectStatus().isBadRequest();
        assertThat(api.availability("sexual-health", date, date)).hasSize(1);
    }

    @Test
    void aClinicianCannotBeInTwoSessionsAtOnce() {
        try {
            api.createStaff("dr-rivers", "dr rivers' password", "CLINICIAN", "COUNSELLOR");
        } catch (AssertionError exists) {
            // made by an earlier run of this test
        }
        Map<String, Object> first = Map.of("service", "sexual-health", "date", date.toString(), "start", "09:00",
                "end", "10:00", "slotMinutes", 30, "placesPerSlot", 1, "clinician", "Dr-Rivers");
        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON).bodyValue(first)
                .exchange().expectStatus().isCreated();
        Map<String, Object> overlapping = Map.of("service", "counselling", "date", date.toString(), "start", "09:30",
                "end", "10:20", "slotMinutes", 50, "placesPerSlot", 1, "clinician", "dr-rivers");
        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON).bodyValue(overlapping)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("refused.CLINICIAN_OVERLAP");
    }

    @Test
    void aSessionsClinicianIsAStaffAccount() {
        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "date", date.toString(), "start", "15:00", "end", "16:00",
                        "slotMinutes", 30, "placesPerSlot", 1, "clinician", "Nobody Here"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("error.clinician-account");
    }

    @Test
    void problemsSpeakThePersonsLanguage() {
        api.client().post().uri("/api/v1/bookings").header("Accept-Language", "es")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", "<b>"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("Elige un nombre"));
    }

    private void assertNothingBooked() {
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(1);
    }

    private static void problem(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec spec) {
        spec.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isNotEmpty().jsonPath("$.trace").doesNotExist();
    }
}
