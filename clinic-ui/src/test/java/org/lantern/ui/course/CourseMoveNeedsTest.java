package org.lantern.ui.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A course's session moves, by its holder's hand or with the session the centre moved: the needs given when booking
 * the course follow that session to its new time on the counsellor's day list, and no longer show at the time it
 * left; the holder's course shows the new time.
 */
@LanternIntegrationTest
class CourseMoveNeedsTest {

    private static final String LANGUAGE = "Faroese";

    @Autowired
    Api api;

    @Test
    @SuppressWarnings("unchecked")
    void aMovedCourseSessionKeepsTheNeedsAtItsNewTimeOnly() {
        CourseClient courses = new CourseClient(api);
        String counsellor = courses.sharedBy(this);
        LocalDate first = Api.freshDate();
        Map<String, Object> course = courses.setUp(counsellor, first, "11:00", 2);
        LocalDate second = first.plusWeeks(1);
        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "counselling", "date", second.toString(), "start", "15:00",
                        "end", "15:50", "slotMinutes", 50, "placesPerSlot", 1, "clinician", counsellor))
                .exchange().expectStatus().isCreated();
        Map<String, Object> booked = bookedWithNeeds(course, "Course Curlew");
        String oldStart = (String) CourseClient.sessionStart(course, 2);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(shownAt(second)).containsExactly(instant(oldStart)));
        String newStart = oldStart.replace("T11:00", "T15:00");

        api.client().post().uri("/api/v1/course-bookings/{r}/sessions/2/move", booked.get("reference"))
                .header("Booking-Secret", (String) booked.get("secret")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("start", newStart)).exchange().expectStatus().isOk();

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(shownAt(second)).containsExactly(instant(newStart)));
        assertThat(shownAt(first)).containsExactly(instant((String) CourseClient.sessionStart(course, 1)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCourseSessionTheCentreMovesTakesThePlaceAndItsNeedsToTheNewTime() {
        CourseClient courses = new CourseClient(api);
        LocalDate first = Api.freshDate();
        Map<String, Object> course = courses.setUp(courses.sharedBy(this), first, "12:00", 2);
        LocalDate second = first.plusWeeks(1);
        Map<String, Object> booked = bookedWithNeeds(course, "Centre Crane");
        String newStart = ((String) CourseClient.sessionStart(course, 2)).replace("T12:00", "T16:00");

        api.admin().post().uri("/api/v1/sessions/{s}/move", CourseClient.sessionId(course, 2))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("date", second.toString(), "start", "16:00", "reason", "The counsellor is late"))
                .exchange().expectStatus().isOk();

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(shownAt(second)).containsExactly(instant(newStart)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Object> place = ((List<Map<String, Object>>) courses.look(booked).get("sessions")).get(1);
            assertThat(instant((String) place.get("start"))).isEqualTo(instant(newStart));
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> bookedWithNeeds(Map<String, Object> course, String pseudonym) {
        return api.client().post().uri("/api/v1/course-bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("courseId", course.get("courseId"), "pseudonym", pseudonym,
                        "needs", Map.of("interpreter", LANGUAGE)))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The slot times of the counselling day list at which the course holder's needs show. */
    @SuppressWarnings("unchecked")
    private List<OffsetDateTime> shownAt(LocalDate date) {
        Map<String, Object> day = api.admin().get().uri("/api/v1/day-list?date={d}&service=counselling", date)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<OffsetDateTime> times = new ArrayList<>();
        for (Map<String, Object> session : (List<Map<String, Object>>) day.get("sessions")) {
            for (Map<String, Object> slot : (List<Map<String, Object>>) session.get("slots")) {
                for (Map<String, Object> booking : (List<Map<String, Object>>) slot.get("bookings")) {
                    Map<String, Object> needs = (Map<String, Object>) booking.get("needs");
                    if (needs != null && LANGUAGE.equals(needs.get("interpreter"))) {
                        times.add(instant((String) slot.get("start")));
                    }
                }
            }
        }
        return times;
    }

    private static OffsetDateTime instant(String text) {
        return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
