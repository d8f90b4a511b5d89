package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A clinician's own day: their sessions of every service first, with who is booked and where they stand. */
@LanternIntegrationTest
class ClinicianDayTest {

    static final String PASSWORD = "clinician-day-password";

    @Autowired
    Api api;

    private String session(String service, LocalDate date, String start, String end, String clinician) {
        return (String) api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", service, "date", date.toString(), "start", start, "end", end,
                        "slotMinutes", 30, "placesPerSlot", 1, "clinician", clinician))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("sessionId");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClinicianSeesTheirOwnSessionsOfEveryServiceAndTheirOwnFirstOnADayList() {
        LocalDate date = Api.freshDate();
        String me = "day-kai-" + date.getDayOfYear();
        api.createStaff(me, PASSWORD, "CLINICIAN", "COUNSELLOR");
        api.createStaff("day-other-" + date.getDayOfYear(), PASSWORD, "CLINICIAN");
        String other = session("sexual-health", date, "09:00", "09:30", "day-other-" + date.getDayOfYear());
        String mine = session("sexual-health", date, "10:00", "10:30", me);
        String counselling = session("counselling", date, "12:00", "12:30", me);
        api.booked(mine, CentreTimes.london(date, 10, 0), "Kai's Person");
        WebTestClient kai = api.as(me, PASSWORD);

        List<Map<String, Object>> day = kai.get().uri("/api/v1/my-day?date={d}", date).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        assertThat(day).extracting(d -> d.get("service")).containsExactly("sexual-health", "counselling");
        assertThat(day.toString()).contains(mine, counselling, "Kai's Person", "status=booked").doesNotContain(other);

        kai.get().uri("/api/v1/day-list?date={d}&service=sexual-health", date).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.sessions[0].sessionId").isEqualTo(mine)
                .jsonPath("$.sessions[1].sessionId").isEqualTo(other);
    }
}
