package org.lantern.ui.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A course is booked whole or not at all; its holder moves or cancels one session, or the rest of the course. */
@LanternIntegrationTest
class CourseBookingTest {

    @Autowired
    Api api;

    @Test
    @SuppressWarnings("unchecked")
    void aManagerSetsUpACourseAndAPersonBooksEverySessionOfIt() {
        CourseClient courses = new CourseClient(api);
        LocalDate first = Api.freshDate();
        Map<String, Object> course = courses.setUp(courses.sharedBy(this), first, "10:00", 4);
        assertThat((List<Object>) course.get("sessions")).hasSize(4);
        assertThat(courses.listed(course, first)).isTrue();

        Map<String, Object> booked = courses.booked((String) course.get("courseId"), "Willow");

        assertThat((String) booked.get("reference")).hasSize(6);
        assertThat((String) booked.get("secret")).isNotBlank();
        assertThat((List<String>) booked.get("sessions")).hasSize(4)
                .first().isEqualTo(CourseClient.sessionStart(course, 1));
        Map<String, Object> look = courses.look(booked);
        assertThat((List<Map<String, Object>>) look.get("sessions")).extracting(s -> s.get("status"))
                .containsOnly("booked");
        courses.awaitFree(course, List.of(0, 0, 0, 0));
        assertThat(courses.listed(course, first)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCourseWithATakenSessionBooksNothingAndNamesTheClashAndTheNextWhollyFreeCourse() {
        CourseClient courses = new CourseClient(api);
        String counsellor = courses.counsellor();
        LocalDate first = Api.freshDate();
        Map<String, Object> course = courses.setUp(counsellor, first, "14:00", 3);
        Map<String, Object> later = courses.setUp(counsellor, first.plusWeeks(4), "14:00", 3);
        api.booked(CourseClient.sessionId(course, 2), CourseClient.sessionStart(course, 2), "Single");
        courses.awaitFree(course, List.of(1, 0, 1));

        Map<String, Object> problem = courses.book((String) course.get("courseId"), "Rowan").expectStatus()
                .isEqualTo(409).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat((List<String>) problem.get("clashes")).containsExactly(first.plusWeeks(1).toString());
        assertThat(((Map<String, Object>) problem.get("next")).get("courseId")).isEqualTo(later.get("courseId"));
        assertThat((String) problem.get("detail")).doesNotContain("Rowan");
        courses.awaitFree(course, List.of(1, 0, 1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHolderMovesOneSessionToAnotherFreeTimeOfTheSameCounsellorAndCancelsTheRest() {
        CourseClient courses = new CourseClient(api);
        String counsellor = courses.sharedBy(this);
        LocalDate first = Api.freshDate();
        Map<String, Object> course = courses.setUp(counsellor, first, "11:00", 3);
        LocalDate second = first.plusWeeks(1);
        String other = api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "counselling", "date", second.toString(), "start", "15:00",
                        "end", "15:50", "slotMinutes", 50, "placesPerSlot", 1, "clinician", counsellor))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("sessionId").toString();
        Map<String, Object> booked = courses.booked((String) course.get("courseId"), "Alder");
        String newStart = ((String) CourseClient.sessionStart(course, 2)).replace("T11:00", "T15:00");

        Map<String, Object> moved = api.client().post().uri("/api/v1/course-bookings/{r}/sessions/2/move",
                        booked.get("reference")).header("Booking-Secret", (String) booked.get("secret"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("start", newStart)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        Map<String, Object> place = ((List<Map<String, Object>>) moved.get("sessions")).get(1);
        assertThat(place.get("start")).isEqualTo(newStart);
        assertThat(place.get("n")).isEqualTo(2);
        assertThat(place.get("of")).isEqualTo(3);
        courses.awaitFree(course, List.of(0, 1, 0));
        assertThat(api.availability("counselling", second, second)).filteredOn(s -> s.get("sessionId").equals(other))
                .extracting(s -> s.get("free")).containsExactly(0);

        api.client().delete().uri("/api/v1/course-bookings/{r}/sessions/3", booked.get("reference"))
                .header("Booking-Secret", (String) booked.get("secret")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.sessions[2].status").isEqualTo("cancelled");
        courses.awaitFree(course, List.of(0, 1, 1));

        api.client().delete().uri("/api/v1/course-bookings/{r}", booked.get("reference"))
                .header("Booking-Secret", (String) booked.get("secret")).exchange().expectStatus().isNoContent();
        courses.awaitFree(course, List.of(1, 1, 1));
        assertThat(courses.look(booked).get("status")).isEqualTo("cancelled");
        assertThat(courses.listed(course, first)).isTrue();
    }

    @Test
    void aMoveToATimeTheCounsellorDoesNotHoldIsRefusedAndChangesNothing() {
        CourseClient courses = new CourseClient(api);
        Map<String, Object> course = courses.setUp(courses.sharedBy(this), Api.freshDate(), "09:00", 2);
        Map<String, Object> booked = courses.booked((String) course.get("courseId"), "Hazel");
        String elsewhere = CourseClient.sessionStart(course, 2).replace("T09:00", "T16:00");

        api.client().post().uri("/api/v1/course-bookings/{r}/sessions/2/move", booked.get("reference"))
                .header("Booking-Secret", (String) booked.get("secret")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("start", elsewhere)).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("refused.COURSE_TIME_NOT_FREE");
        assertThat(courses.look(booked)).extracting(b -> b.get("sessions")).asList().hasSize(2);
        courses.awaitFree(course, List.of(0, 0));
    }

    @Test
    void aWrongSecretOpensNothing() {
        CourseClient courses = new CourseClient(api);
        Map<String, Object> course = courses.setUp(courses.sharedBy(this), Api.freshDate(), "12:00", 2);
        Map<String, Object> booked = courses.booked((String) course.get("courseId"), "Birch");

        api.client().delete().uri("/api/v1/course-bookings/{r}", booked.get("reference"))
                .header("Booking-Secret", "WRONGSECRT").exchange().expectStatus().isNotFound();
        api.client().delete().uri("/api/v1/course-bookings/{r}/sessions/1", booked.get("reference"))
                .header("Booking-Secret", "WRONGSECRT").exchange().expectStatus().isNotFound();
        courses.awaitFree(course, List.of(0, 0));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstBooking() {
        CourseClient courses = new CourseClient(api);
        Map<String, Object> course = courses.setUp(courses.sharedBy(this), Api.freshDate(), "13:00", 2);
        String key = Api.key();
        Map<String, Object> body = Map.of("courseId", course.get("courseId"), "pseudonym", "Elm");

        String first = api.client().post().uri("/api/v1/course-bookings").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("reference").toString();
        String again = api.client().post().uri("/api/v1/course-bookings").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("reference").toString();

        assertThat(again).isEqualTo(first);
    }

    @Test
    void badInputIsRefusedWithAProblemAndChangesNothing() {
        CourseClient courses = new CourseClient(api);
        String counsellor = courses.sharedBy(this);
        LocalDate first = Api.freshDate();
        Map<String, Object> course = courses.setUp(counsellor, first, "14:00", 2);
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("counsellor", counsellor, "firstDate", first.toString(), "start", "14:00", "weeks", 0),
                Map.of("counsellor", counsellor, "firstDate", first.toString(), "start", "14:00", "weeks", 13),
                Map.of("counsellor", counsellor, "firstDate", "someday", "start", "14:00", "weeks", 2),
                Map.of("counsellor", counsellor, "firstDate", first.toString(), "start", "ten", "weeks", 2),
                Map.of("counsellor", "admin", "firstDate", first.toString(), "start", "14:00", "weeks", 2),
                Map.of("firstDate", first.toString(), "start", "14:00", "weeks", 2))) {
            api.admin().post().uri("/api/v1/courses").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange().expectStatus().isBadRequest().expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        courses.book((String) course.get("courseId"), " ").expectStatus().isBadRequest();
        courses.book("course~2026-01-01~nothere", "Ash").expectStatus().isNotFound();
        courses.book("<script>", "Ash").expectStatus().isNotFound();
        api.client().get().uri("/api/v1/courses?from={f}&to={t}", first, first.plusDays(400)).exchange()
                .expectStatus().isBadRequest();
        Map<String, Object> booked = courses.booked((String) course.get("courseId"), "Ash");
        for (String n : List.of("0", "13", "x")) {
            api.client().delete().uri("/api/v1/course-bookings/{r}/sessions/{n}", booked.get("reference"), n)
                    .header("Booking-Secret", (String) booked.get("secret")).exchange().expectStatus().isBadRequest();
        }
        api.client().post().uri("/api/v1/course-bookings/{r}/sessions/1/move", booked.get("reference"))
                .header("Booking-Secret", (String) booked.get("secret")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("start", "tomorrow")).exchange().expectStatus().isBadRequest();
        courses.awaitFree(course, List.of(0, 0));
    }

    @Test
    void whatThePersonAsksForReachesEverySessionOfTheCourseAndNeedsThatDoNotFitBookNothing() {
        CourseClient courses = new CourseClient(api);
        LocalDate first = Api.freshDate();
        Map<String, Object> course = courses.setUp(courses.sharedBy(this), first, "16:00", 2);
        String courseId = (String) course.get("courseId");

        api.client().post().uri("/api/v1/course-bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("courseId", courseId, "pseudonym", "Hazel", "needs",
                        Map.of("clinicianGender", "nobody-says-this")))
                .exchange().expectStatus().isBadRequest().expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        courses.awaitFree(course, List.of(1, 1));

        api.client().post().uri("/api/v1/course-bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("courseId", courseId, "pseudonym", "Hazel", "needs",
                        Map.of("interpreter", "Romanian", "access", List.of("step-free"))))
                .exchange().expectStatus().isCreated();
        courses.awaitFree(course, List.of(0, 0));
        for (LocalDate date : List.of(first, first.plusWeeks(1))) {
            api.admin().get().uri("/api/v1/day-list?date={d}&service=counselling", date).exchange()
                    .expectStatus().isOk().expectBody(String.class)
                    .value(body -> assertThat(body).contains("\"interpreter\":\"Romanian\"", "step-free"));
        }
    }
}
