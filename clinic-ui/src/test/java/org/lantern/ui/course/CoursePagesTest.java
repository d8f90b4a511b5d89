package org.lantern.ui.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A person books a course on the page and manages it by reference and secret; a manager sets one up; the
 * counsellor's day list says which session of how many it is, and they mark who came.
 */
@LanternIntegrationTest
class CoursePagesTest {

    @Autowired
    Api api;

    /**
     * The page lists the courses of the coming weeks only, and a fresh date may lie beyond them late in a full run.
     * A course's sessions are its own counsellor's, so a near date shared with another test clashes with nothing.
     */
    private static LocalDate soon() {
        return LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(3);
    }

    @Test
    void aPersonBooksACourseOnThePageAndMovesAndCancelsASessionOfIt() {
        CourseClient courses = new CourseClient(api);
        String counsellor = courses.counsellor();
        LocalDate first = soon();
        Map<String, Object> course = courses.setUp(counsellor, first, "10:00", 3);
        String courseId = (String) course.get("courseId");
        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "counselling", "date", first.plusWeeks(1).toString(), "start", "15:00",
                        "end", "15:50", "slotMinutes", 50, "placesPerSlot", 1, "clinician", counsellor))
                .exchange().expectStatus().isCreated();

        PageSession person = new PageSession(api.client());
        assertThat(person.get("/courses")).contains("value=\"" + courseId + "\"").contains("id=\"quick-exit\"");
        person.post("/courses", Map.of("courseId", courseId, "pseudonym", "Page Person",
                "idempotencyKey", Api.key()), HttpStatus.SEE_OTHER);
        String booked = person.get("/courses/done");
        assertThat(booked).contains("id=\"secret\"").doesNotContain("Page Person");
        String reference = booked.replaceAll("(?s).*id=\"reference\"[^>]*>\\s*([A-Z0-9]{6})\\s*<.*", "$1");
        // the secret is shown in groups of five
        String secret = booked.replaceAll("(?s).*id=\"secret\"[^>]*>\\s*([A-Z0-9 ]{10,12})\\s*<.*", "$1")
                .replace(" ", "");
        assertThat(reference).hasSize(6);

        String page = person.post("/my-booking", Map.of("reference", reference, "secret", secret), HttpStatus.OK);
        assertThat(page).contains("/my-booking/course/move").contains("/my-booking/course/cancel-session");
        String to = OffsetDateTime.parse(CourseClient.sessionStart(course, 2)).withHour(15).toString();
        assertThat(page).contains("value=\"" + to + "\"");

        person.post("/my-booking/course/move", Map.of("reference", reference, "secret", secret, "n", "2",
                "start", to), HttpStatus.OK);
        courses.awaitFree(course, List.of(0, 1, 0));
        person.post("/my-booking/course/cancel-session", Map.of("reference", reference, "secret", secret, "n", "3"),
                HttpStatus.OK);
        courses.awaitFree(course, List.of(0, 1, 1));
        String wrong = person.post("/my-booking/course/cancel-session", Map.of("reference", reference,
                "secret", "WRONGSECRT", "n", "1"), HttpStatus.NOT_FOUND);
        assertThat(wrong).contains("class=\"error\"");
        courses.awaitFree(course, List.of(0, 1, 1));
        person.post("/my-booking/cancel", Map.of("reference", reference, "secret", secret), HttpStatus.OK);
        courses.awaitFree(course, List.of(1, 1, 1));
    }

    @Test
    void theCoursesSecretIsShownOnceOnItsOwnPageAndNeverInTheAnswerToThePost() {
        CourseClient courses = new CourseClient(api);
        String counsellor = courses.counsellor();
        Map<String, Object> course = courses.setUp(counsellor, soon(), "16:00", 2);
        String courseId = (String) course.get("courseId");
        String key = Api.key();
        Map<String, String> form = Map.of("courseId", courseId, "pseudonym", "Once Person", "idempotencyKey", key);

        PageSession person = new PageSession(api.client());
        person.get("/courses");
        String answer = person.post("/courses", form, HttpStatus.SEE_OTHER);
        assertThat(answer).doesNotContain("id=\"secret\"").doesNotContain("id=\"reference\"");
        String shown = person.get("/courses/done");
        assertThat(shown).contains("id=\"secret\"").contains("id=\"reference\"").contains("class=\"sessions\"")
                .contains("id=\"quick-exit\"").doesNotContain("Once Person");
        String secret = shown.replaceAll("(?s).*id=\"secret\"[^>]*>([^<]*)<.*", "$1").strip();
        assertThat(secret).isNotBlank();

        // Reload: only that the booking is made
        String again = person.get("/courses/done");
        assertThat(again).doesNotContain(secret).doesNotContain("id=\"secret\"")
                .doesNotContain("id=\"reference\"");
        // Back, then the same form again: the booking stands, and its secret is not shown a second time
        person.post("/courses", form, HttpStatus.SEE_OTHER);
        assertThat(person.get("/courses/done")).doesNotContain(secret).doesNotContain("id=\"secret\"");
        // a language switch without the page's token shows nothing either
        assertThat(person.post("/courses/done", Map.of("token", "not-the-page-token"), HttpStatus.OK))
                .doesNotContain(secret).doesNotContain("id=\"secret\"");
        courses.awaitFree(course, List.of(0, 0));
    }

    @Test
    void aCourseThatClashesIsRefusedOnThePageWithItsDatesAndTheNextCourseChosen() {
        CourseClient courses = new CourseClient(api);
        String counsellor = courses.counsellor();
        LocalDate first = soon();
        Map<String, Object> course = courses.setUp(counsellor, first, "12:00", 2);
        Map<String, Object> later = courses.setUp(counsellor, first.plusWeeks(3), "12:00", 2);
        api.booked(CourseClient.sessionId(course, 1), CourseClient.sessionStart(course, 1), "Single");
        courses.awaitFree(course, List.of(0, 1));

        PageSession person = new PageSession(api.client());
        person.get("/courses");
        String refused = person.post("/courses", Map.of("courseId", (String) course.get("courseId"),
                "pseudonym", "Page Clash", "idempotencyKey", Api.key()), HttpStatus.CONFLICT);

        assertThat(refused).contains("class=\"error\"").contains("class=\"clashes\"")
                .contains("value=\"" + later.get("courseId") + "\" required checked=\"checked\"");
        courses.awaitFree(course, List.of(0, 1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerSetsUpACourseAndTheCounsellorsDayListSaysWhichSessionOfHowMany() {
        CourseClient courses = new CourseClient(api);
        String counsellor = courses.counsellor();
        LocalDate first = Api.freshDate();
        Browser manager = api.browser();
        manager.signIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        assertThat(manager.get("/staff/courses").getResponseBody()).contains("value=\"" + counsellor + "\"");
        var created = manager.post("/staff/courses", Map.of("counsellor", counsellor, "firstDate", first.toString(),
                "start", "13:00", "weeks", "2"));
        assertThat(created.getStatus().value()).isEqualTo(200);
        assertThat(created.getResponseBody()).contains("class=\"notice\"");
        var refused = manager.post("/staff/courses", Map.of("counsellor", counsellor, "firstDate", "soon",
                "start", "13:00", "weeks", "2"));
        assertThat(refused.getStatus().value()).isEqualTo(400);
        String courseId = (String) courses.courses(first, first).stream()
                .filter(c -> ((String) ((List<Map<String, Object>>) c.get("sessions")).get(0).get("sessionId"))
                        .contains("c1300")).findFirst().orElseThrow().get("courseId");
        Map<String, Object> booked = courses.booked(courseId, "Day List Person");

        Browser mine = api.browser();
        mine.signIn(counsellor, CourseClient.PASSWORD);
        String dayList = mine.get("/staff/day-list?service=counselling&date=" + first.plusWeeks(1))
                .getResponseBody();
        assertThat(dayList).contains("Day List Person").contains("session 2 of 2");
        api.as(counsellor, CourseClient.PASSWORD).get().uri("/api/v1/my-day?date={d}", first).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].sessions[0].slots[0].bookings[0].course.session").isEqualTo(1)
                .jsonPath("$[0].sessions[0].slots[0].bookings[0].course.of").isEqualTo(2)
                .jsonPath("$[0].sessions[0].slots[0].bookings[0].reference")
                .value(r -> assertThat((String) r).startsWith((String) booked.get("reference")));
    }
}
