package org.lantern.ui.course;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.lantern.ui.Api;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Courses as a test uses them: a counsellor of its own, courses set up as admin, bookings from fresh addresses. */
class CourseClient {

    static final String PASSWORD = "course-test-password-1";
    private static final AtomicInteger COUNSELLORS = new AtomicInteger();

    private final Api api;

    CourseClient(Api api) {
        this.api = api;
    }

    private static final java.util.Map<Class<?>, String> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One counsellor for every test of a class whose courses are on fresh dates of their own (staff accounts are
     * listed whole on the accounts page, so tests do not make one each without need).
     */
    String counsellorOf(Class<?> owner) {
        return SHARED.computeIfAbsent(owner, o -> counsellor());
    }

    /** The counsellor every test of this test's class shares. */
    String sharedBy(Object test) {
        return counsellorOf(test.getClass());
    }

    /** A counsellor no other test uses, so their sessions are this test's alone. */
    String counsellor() {
        String name = "counsellor-" + System.nanoTime() % 100000 + "-" + COUNSELLORS.incrementAndGet();
        api.createStaff(name, PASSWORD, "COUNSELLOR");
        return name;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> setUp(String counsellor, LocalDate first, String start, int weeks) {
        return api.admin().post().uri("/api/v1/courses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("counsellor", counsellor, "firstDate", first.toString(), "start", start,
                        "weeks", weeks))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec book(String courseId, String pseudonym) {
        return api.client().post().uri("/api/v1/course-bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("courseId", courseId, "pseudonym", pseudonym)).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> booked(String courseId, String pseudonym) {
        return book(courseId, pseudonym).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> look(Map<String, Object> booked) {
        return api.client().get().uri("/api/v1/course-bookings/{r}", booked.get("reference"))
                .header("Booking-Secret", (String) booked.get("secret")).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> courses(LocalDate from, LocalDate to) {
        return api.client().get().uri("/api/v1/courses?from={f}&to={t}", from, to).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    boolean listed(Map<String, Object> course, LocalDate from) {
        return courses(from, from.plusDays(60)).stream()
                .anyMatch(c -> c.get("courseId").equals(course.get("courseId")));
    }

    /** Free places now in each session of a course, in order. */
    @SuppressWarnings("unchecked")
    List<Integer> freePlaces(Map<String, Object> course) {
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) course.get("sessions");
        LocalDate from = LocalDate.parse(((String) sessions.get(0).get("start")).substring(0, 10));
        LocalDate to = LocalDate.parse(((String) sessions.get(sessions.size() - 1).get("start")).substring(0, 10));
        List<Map<String, Object>> slots = api.client().get()
                .uri("/api/v1/availability?service=counselling&from={f}&to={t}", from, to).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return sessions.stream().map(s -> slots.stream()
                .filter(slot -> slot.get("sessionId").equals(s.get("sessionId")))
                .map(slot -> (Integer) slot.get("free")).findFirst().orElse(-1)).toList();
    }

    void awaitFree(Map<String, Object> course, List<Integer> expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> freePlaces(course).equals(expected));
    }

    @SuppressWarnings("unchecked")
    static String sessionStart(Map<String, Object> course, int n) {
        return (String) ((List<Map<String, Object>>) course.get("sessions")).get(n - 1).get("start");
    }

    @SuppressWarnings("unchecked")
    static String sessionId(Map<String, Object> course, int n) {
        return (String) ((List<Map<String, Object>>) course.get("sessions")).get(n - 1).get("sessionId");
    }
}
