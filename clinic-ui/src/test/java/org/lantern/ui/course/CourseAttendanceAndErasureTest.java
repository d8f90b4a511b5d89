package org.lantern.ui.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A counsellor marks a course's session as any other (the attendance of the reception issue), and a person who
 * forgets themselves takes the rest of their course with them: every session's copy of their pseudonym is gone.
 */
@LanternIntegrationTest
class CourseAttendanceAndErasureTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;
    @Autowired
    MongoDatabase database;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCounsellorMarksTheFirstSessionSeenAndTheSecondDidNotCome() {
        CourseClient courses = new CourseClient(api);
        String counsellor = courses.sharedBy(this);
        Map<String, Object> course = courses.setUp(counsellor, Api.freshDate(), "10:00", 2);
        Map<String, Object> booked = courses.booked((String) course.get("courseId"), "Attending");
        List<String> places = sessionReferences(courses.look(booked), booked);

        clock.set(OffsetDateTime.parse(CourseClient.sessionStart(course, 1)).plusMinutes(5).toInstant());
        api.as(counsellor, CourseClient.PASSWORD).post().uri("/api/v1/bookings/{r}/seen", places.get(0)).exchange()
                .expectStatus().isOk();
        clock.set(OffsetDateTime.parse(CourseClient.sessionStart(course, 2)).plusMinutes(20).toInstant());
        api.as(counsellor, CourseClient.PASSWORD).post().uri("/api/v1/bookings/{r}/no-show", places.get(1))
                .exchange().expectStatus().isOk();
        api.as("nobody-" + counsellor, CourseClient.PASSWORD).post().uri("/api/v1/bookings/{r}/seen", places.get(1))
                .exchange().expectStatus().isUnauthorized();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                ((List<Map<String, Object>>) courses.look(booked).get("sessions")).stream()
                        .map(s -> s.get("status")).toList().equals(List.of("seen", "no-show")));
    }

    @Test
    void forgettingACourseCancelsWhatIsToComeAndBlanksEverySessionsCopy() {
        CourseClient courses = new CourseClient(api);
        Map<String, Object> course = courses.setUp(courses.sharedBy(this), Api.freshDate(), "11:00", 3);
        Map<String, Object> booked = courses.booked((String) course.get("courseId"), "Quillon Course");
        List<String> places = sessionReferences(courses.look(booked), booked);

        api.client().delete().uri("/api/v1/bookings/{r}/personal-data", booked.get("reference"))
                .header("Booking-Secret", (String) booked.get("secret")).exchange().expectStatus().isNoContent();

        courses.awaitFree(course, List.of(1, 1, 1));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                database.getCollection("clinic_bookings").countDocuments(Filters.and(Filters.in("_id", places),
                        Filters.exists("pseudonym", false))) == places.size());
        List<Document> raw = new ArrayList<>();
        database.getCollection("clinic_bookings").find(Filters.in("_id", places)).into(raw);
        database.getCollection("course_bookings").find(Filters.eq("_id", booked.get("reference"))).into(raw);
        assertThat(raw).hasSize(places.size() + 1).allSatisfy(d -> assertThat(d).doesNotContainKey("pseudonym"));
        assertThat(database.getCollection("subject_keys").countDocuments(Filters.eq("_id",
                raw.get(0).getString("subjectId")))).isZero();
    }

    /** The place each session holds: the course's reference and three symbols (which, of how many, moves). */
    @SuppressWarnings("unchecked")
    private static List<String> sessionReferences(Map<String, Object> look, Map<String, Object> booked) {
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) look.get("sessions");
        List<String> references = new ArrayList<>();
        for (Map<String, Object> s : sessions) {
            references.add(org.lantern.domain.course.CourseReferences.session((String) booked.get("reference"),
                    (Integer) s.get("n"), sessions.size(), 0));
        }
        return references;
    }
}
