package org.lantern.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.domain.nightcentre.NightPlan;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.lantern.ui.security.SecurityMatrix.Cell;
import org.lantern.ui.security.SecurityMatrix.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Walks every cell of the role matrix in docs/security.md over real HTTP, and fails when the application has
 * a route the matrix does not list, or the matrix lists one the application does not have.
 */
@LanternIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {

    static final String PASSWORD = "matrix walks every cell";
    /** Routes served by Spring Security's filters or as static files, not by a controller. */
    static final Set<String> NOT_CONTROLLERS = Set.of("POST /staff/sign-in", "POST /staff/sign-out");
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    Api api;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestClock clock;

    private final Map<String, Browser> signedIn = new HashMap<>();
    private static final AtomicInteger COURSES = new AtomicInteger();
    private final List<LocalDate> courseDays = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();
    private String apiStart;
    private String apiMoveTo;
    private LocalDate date;
    /** The date of the last fresh pattern a cell made: its one session's. */
    private LocalDate rotaDate;
    private LocalDate night;
    private String secret;

    /** Codes added by one run of the matrix differ from another's (Surefire reruns it in the same application). */
    private static final String RUN = Integer.toString(new java.util.Random().nextInt(1_000_000), 36);

    /** A service of the matrix's own, made once, for the routes that change one. */
    private String matrixService() {
        String code = "matrix-service";
        api.admin().post().uri("/api/v1/services").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "names", Map.of("en", "Matrix service"), "kind", "slots",
                        "roles", List.of("COUNSELLOR")))
                .exchange().expectStatus().value(s -> org.assertj.core.api.Assertions.assertThat(s).isIn(201, 409));
        return code;
    }

    /** Surefire reruns a failed cell in the same JVM and shared application: the accounts are made once. */
    private static final java.util.concurrent.atomic.AtomicBoolean ACCOUNTS_MADE =
            new java.util.concurrent.atomic.AtomicBoolean();

    @BeforeAll
    void setUp() {
        if (ACCOUNTS_MADE.compareAndSet(false, true)) {
            for (String who : SecurityMatrix.rows().get(0).allowed().keySet()) {
                if (!who.equals(SecurityMatrix.ANONYMOUS)) {
                    api.createStaff(username(who), PASSWORD, who);
                }
            }
            api.createStaff("matrix-target", PASSWORD, "RECEPTION");
        }
        date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "12:00", 30, 50);
        apiStart = (String) api.availability("sexual-health", date, date).get(1).get("start");
        apiMoveTo = (String) api.availability("sexual-health", date, date).get(2).get("start");
        values.put("{matrix-service}", matrixService());
        values.put("{month}", java.time.YearMonth.now(ZoneId.of("Europe/London")).toString());
        Map<String, Object> booked = api.booked(sessionId, apiStart, "Matrix");
        secret = (String) booked.get("secret");
        values.putAll(Map.of("{session}", sessionId, "{start}", "10:00", "{date}", date.toString(),
                "{reference}", (String) booked.get("reference"), "{username}", "matrix-target"));
        // tomorrow's night is the matrix's own: Api.freshDate() starts the day after, and may lie beyond the 14
        // nights a place can be booked ahead
        night = LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1);
        api.planNight(night, NightPlan.MAX_REST_PLACES);
        values.put("{night}", night.toString());
        attendanceSetUp();
    }

    /**
     * A session of today run by the CLINICIAN of the matrix, whose first slot has started, with one booking per
     * attendance route. It is set up with the clock put back to the session's start, so the walk itself runs at
     * the real time: no page session sees the clock jump, and its audit events are not dated in the future.
     */
    private void attendanceSetUp() {
        ZoneId london = ZoneId.of("Europe/London");
        LocalDateTime now = LocalDateTime.now(london);
        LocalTime start = now.toLocalTime().minusMinutes(5 + now.getMinute() % 5).withSecond(0).withNano(0);
        if (start.isAfter(now.toLocalTime())) {
            start = LocalTime.MIDNIGHT; // the first minutes of the day
        }
        LocalTime end = start.isAfter(LocalTime.of(22, 55)) ? LocalTime.MIDNIGHT : start.plusMinutes(60);
        LocalDate today = now.toLocalDate();
        clock.set(today.atTime(start).atZone(london).toInstant());
        String sessionId = (String) api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "date", today.toString(), "start", start.toString(),
                        "end", end.toString(), "slotMinutes", 5, "placesPerSlot", 10, "clinician", username("CLINICIAN")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("sessionId");
        String slot = today.atTime(start).atZone(london).toOffsetDateTime().toString();
        for (String placeholder : List.of("{arriving}", "{late}", "{seen}", "{leaving}")) {
            values.put(placeholder, (String) api.booked(sessionId, slot, "Matrix").get("reference"));
        }
        LocalDateTime started = today.atTime(start).plusMinutes(1);
        if (LocalDateTime.now(london).isBefore(started)) {
            clock.set(started.atZone(london).toInstant()); // at most a minute ahead, before any page session exists
        } else {
            clock.reset();
        }
        api.admin().post().uri("/api/v1/bookings/{r}/arrival", values.get("{leaving}")).exchange()
                .expectStatus().isOk();
        walkInSetUp();
    }

    /** Tickets of today (the walk's clock) for each walk-in route, and people waiting for "next". */
    private void walkInSetUp() {
        for (String placeholder : List.of("{ticket}", "{calling}", "{returning}", "{seeing}", "{going}")) {
            Map<?, ?> added = walkIn("sexual-health");
            values.put(placeholder, (String) added.get("ticketId"));
            if (placeholder.equals("{ticket}")) {
                values.put("{code}", (String) added.get("code"));
            }
        }
        api.admin().post().uri("/api/v1/walk-ins/{t}/call", values.get("{returning}"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("room", "Room 3")).exchange()
                .expectStatus().isOk();
        for (int i = 0; i < 6; i++) { // "next" on the API and on the page, by MANAGER and RECEPTION
            walkIn("counselling");
        }
    }

    private Map<?, ?> walkIn(String service) {
        return api.admin().post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", service, "priority", "routine")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    @org.junit.jupiter.api.AfterAll
    void resetClock() {
        clock.reset();
    }

    static Stream<Cell> cells() {
        return SecurityMatrix.cells().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void everyCellOfTheMatrixHolds(Cell cell) {
        Answer answer = cell.api() ? callApi(cell) : openPage(cell);
        if (cell.allowed()) {
            assertThat(answer.status().value()).as("%s: %s", cell, answer.body()).isEqualTo(cell.row().success());
        } else if (!cell.who().equals(SecurityMatrix.ANONYMOUS)) {
            assertThat(answer.status().value()).as("%s: %s", cell, answer.body()).isEqualTo(403);
        } else if (cell.api()) {
            assertThat(answer.status().value()).as("%s", cell).isEqualTo(401);
        } else if (cell.row().route().startsWith("/staff")) {
            assertThat(answer.status().value()).as("%s", cell).isEqualTo(302);
            assertThat(answer.location()).as("%s", cell).hasToString("/staff/sign-in");
        } else {
            // not a public page: simply not found, never the staff sign-in (issue 13, item 4)
            assertThat(answer.status().value()).as("%s", cell).isEqualTo(404);
        }
    }

    @Test
    void everyRouteOfTheApplicationHasARowAndEveryRowARoute() {
        List<Row> rows = SecurityMatrix.rows();
        List<String> missing = new ArrayList<>();
        List<String> routes = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.values()) : methods) {
                        routes.add(method + " " + pattern.getPatternString());
                        if (rows.stream().noneMatch(r -> r.method().equals(method.name()) && matches(pattern, r))) {
                            missing.add(method + " " + pattern.getPatternString());
                        }
                    }
                }
            }
        }
        assertThat(routes).as("the routes were found at all").contains("GET /api/v1/staff", "POST /book",
                "GET /actuator/health");
        assertThat(missing).as("routes without a row in %s", SecurityMatrix.DOC).isEmpty();
        List<String> stale = rows.stream().filter(r -> !NOT_CONTROLLERS.contains(r.method() + " " + r.route())
                        && !r.route().startsWith("/css/") && !r.route().startsWith("/js/")
                        && !r.route().startsWith("/webjars/"))
                .filter(r -> routes.stream().noneMatch(route -> route.startsWith(r.method() + " ")
                        && matches(parse(route.substring(route.indexOf(' ') + 1)), r)))
                .map(r -> r.method() + " " + r.path()).toList();
        assertThat(stale).as("rows in %s without a route", SecurityMatrix.DOC).isEmpty();
    }

    @Test
    void anythingNotListedIsRefused() {
        api.client().get().uri("/api/v1/nothing-here").exchange().expectStatus().isUnauthorized();
        api.as(username("MANAGER"), PASSWORD).get().uri("/api/v1/nothing-here").exchange()
                .expectStatus().isForbidden();
        api.as(username("MANAGER"), PASSWORD).method(HttpMethod.PATCH).uri("/api/v1/sessions").exchange()
                .expectStatus().isForbidden();
        assertThat(api.browser().peek("/staff/nothing-here").status().value()).isEqualTo(302);
        assertThat(browserFor("MANAGER").peek("/staff/nothing-here").status().value()).isEqualTo(403);
        assertThat(browserFor("MANAGER").peek("/actuator/env").status().value()).isEqualTo(403);
        assertThat(browserFor("MANAGER").peek("/actuator/beans").status().value()).isEqualTo(403);
    }

    record Answer(HttpStatusCode status, URI location, String body) {

        Answer(HttpStatusCode status, URI location) {
            this(status, location, "");
        }
    }

    private Answer callApi(Cell cell) {
        WebTestClient client = cell.who().equals(SecurityMatrix.ANONYMOUS) ? api.client()
                : api.as(username(cell.who()), PASSWORD);
        String path = cell.row().path();
        if (path.contains("{cancelling}")) {
            // each cell cancels its own booking: a second cancellation of one booking is refused (409)
            path = path.replace("{cancelling}",
                    (String) api.booked(values.get("{session}"), apiStart, "Matrix").get("reference"));
        }
        String uri = fill(path);
        String bookingSecret = secret;
        if (uri.contains("{fresh-night-reference}")) {
            // each cell changes its own night booking: one cell's check-in or cancellation cannot spoil the next
            Map<String, Object> fresh = api.bookNight(night, "rest", "Matrix").expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody();
            uri = uri.replace("{fresh-night-reference}", (String) fresh.get("reference"));
            bookingSecret = (String) fresh.get("secret");
            if (uri.endsWith("/check-out")) {
                api.admin().post().uri(uri.replace("/check-out", "/check-in")).exchange().expectStatus().isOk();
            }
        }
        if (uri.contains("{fresh-course-reference}")) {
            // each cell changes a course booking of its own: a course has one place
            Map<String, String> fresh = freshCourseBooking();
            uri = uri.replace("{fresh-course-reference}", fresh.get("reference"));
            bookingSecret = fresh.get("secret");
            values.put("{course-start}", fresh.get("start"));
        }
        if (uri.contains("{fresh-reference}")) {
            Map<String, String> fresh = freshBooking();
            uri = uri.replace("{fresh-reference}", fresh.get("reference"));
            bookingSecret = fresh.get("secret");
        }
        uri = freshSessionOrPartner(uri, cell.allowed());
        WebTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(cell.row().method())).uri(uri)
                .header("Booking-Secret", bookingSecret);
        Object body = apiBody(cell.row().method() + " " + cell.row().route());
        WebTestClient.RequestHeadersSpec<?> ready = body == null ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
        FluxExchangeResult<byte[]> result = ready.exchange().returnResult(byte[].class);
        byte[] first = result.getResponseBody().take(1).blockLast(Duration.ofSeconds(20));
        return new Answer(result.getStatus(), result.getResponseHeaders().getLocation(),
                first == null ? "" : new String(first, java.nio.charset.StandardCharsets.UTF_8));
    }

    private Object apiBody(String route) {
        int n = UNIQUE.incrementAndGet();
        return switch (route) {
            case "POST /api/v1/bookings" -> Map.of("sessionId", values.get("{session}"), "start", apiStart,
                    "pseudonym", "Matrix");
            case "POST /api/v1/sessions" -> Map.of("service", "counselling", "date", Api.freshDate().toString(),
                    "start", "14:00", "end", "14:50", "slotMinutes", 50, "placesPerSlot", 1);
            case "POST /api/v1/staff" -> Map.of("username", "matrix-new-" + n, "password", PASSWORD,
                    "roles", List.of("CLINICIAN"));
            case "PUT /api/v1/staff/{username}/roles" -> Map.of("roles", List.of("RECEPTION"));
            case "POST /api/v1/nights" -> Map.of("date", Api.freshDate().toString(), "restPlaces", 4);
            case "POST /api/v1/night-patterns" -> Map.of("weekdays", List.of("MONDAY", "THURSDAY"), "restPlaces", 4,
                    "weeks", 1);
            case "PUT /api/v1/nights/{night}/roster" -> Map.of("childcareStaff", List.of("matrix-target"));
            case "POST /api/v1/night-bookings" -> Map.of("date", values.get("{night}"), "kind", "rest",
                    "pseudonym", "Matrix");
            case "POST /api/v1/reception/bookings" -> Map.of("sessionId", values.get("{session}"), "start", apiStart,
                    "pseudonym", "Matrix");
            case "POST /api/v1/walk-ins" -> Map.of("service", "police-clinic", "priority", "routine");
            case "POST /api/v1/courses" -> {
                String[] slot = nextCourseSlot();
                yield Map.of("counsellor", username("COUNSELLOR"), "firstDate", slot[0], "start", slot[1], "weeks", 1);
            }
            case "POST /api/v1/course-bookings" -> Map.of("courseId", freshCourse().get("courseId"),
                    "pseudonym", "Matrix");
            case "POST /api/v1/course-bookings/{fresh-course-reference}/sessions/1/move" ->
                    Map.of("start", values.get("{course-start}"));
            case "POST /api/v1/disclosures" -> Map.of("reference", values.get("{reference}"), "basis", "court-order");
            case "POST /api/v1/queue/next" -> Map.of("room", "Room 2");
            case "POST /api/v1/walk-ins/{ticket}/priority" -> Map.of("priority", "soon", "reason", "matrix");
            case "POST /api/v1/walk-ins/{calling}/call" -> Map.of("room", "Room 1");
            case "POST /api/v1/rotas" -> rota();
            case "POST /api/v1/rotas/{fresh-rota}/cancel" -> Map.of("from", rotaDate.toString(),
                    "reason", "The matrix cancels it");
            case "POST /api/v1/rotas/{fresh-rota}/change" -> rotaChange();
            case "DELETE /api/v1/sessions/{fresh-session}" -> Map.of("reason", "The matrix calls it off");
            case "POST /api/v1/sessions/{fresh-session}/move" -> Map.of("date", Api.freshDate().toString(),
                    "start", "15:00", "reason", "The matrix moves it");
            case "POST /api/v1/bookings/{fresh-reference}/move" -> Map.of("start", apiMoveTo);
            case "POST /api/v1/drop-in-visits" -> Map.of("reason", "coffee");
            case "POST /api/v1/services" -> Map.of("code", "matrix-" + n + "-" + RUN, "names",
                    Map.of("en", "Matrix service " + n), "kind", "slots", "roles", List.of("COUNSELLOR"));
            case "PUT /api/v1/services/{matrix-service}" -> Map.of("names", Map.of("en", "Matrix service"),
                    "roles", List.of("COUNSELLOR"));
            case "POST /api/v1/sites" -> site("matrix-" + n);
            case "PUT /api/v1/sites/{fresh-site}" -> site("ignored");
            case "POST /api/v1/partners" -> Map.of("name", "Matrix partner " + n, "offers", Map.of("en", "Advice"),
                    "contact", "0800 000 000", "languages", List.of("en"));
            default -> null;
        };
    }

    private Answer openPage(Cell cell) {
        String route = cell.row().method() + " " + cell.row().route();
        String uri = freshSessionOrPartner(fill(cell.row().path()), cell.allowed());
        if (cell.row().method().equals("GET")) {
            Browser.Peek peek = browserFor(cell.who()).peek(uri);
            return new Answer(peek.status(), peek.location());
        }
        Browser browser = switch (route) {
            case "POST /staff/sign-in" -> api.browser();
            case "POST /staff/sign-out" -> freshBrowser(cell.who(), username(cell.who()));
            case "POST /staff/password" -> freshBrowser(cell.who(), throwaway(cell.who()));
            default -> browserFor(cell.who());
        };
        browser.get(cell.who().equals(SecurityMatrix.ANONYMOUS) ? "/my-booking"
                : route.equals("POST /staff/sign-in") ? "/staff/sign-in" : "/staff");
        var result = browser.post(uri, form(route, cell.who()));
        return new Answer(result.getStatus(), result.getResponseHeaders().getLocation());
    }

    private Map<String, String> form(String route, String who) {
        int n = UNIQUE.incrementAndGet();
        Map<String, String> lookup = Map.of("reference", values.get("{reference}"), "secret", secret);
        return switch (route) {
            case "POST /book", "POST /book/form" -> Map.of("session", values.get("{session}"), "start", "10:00",
                    "pseudonym", "Matrix", "idempotencyKey", "matrix-" + n + "-" + Api.key());
            case "POST /book/done", "POST /night/done", "POST /courses/done" -> Map.of("token", "not-the-page-token");
            case "POST /my-booking", "POST /my-booking/cancel", "POST /my-booking/cancel/ask",
                 "POST /my-booking/calendar", "POST /my-booking/data", "POST /my-booking/data.json",
                 "POST /my-booking/forget", "POST /my-booking/forget/confirm" -> lookup;
            case "POST /my-booking/accept" -> freshNightBooking();
            case "POST /night/book" -> Map.of("date", values.get("{night}"), "kind", "rest", "pseudonym", "Matrix",
                    "idempotencyKey", "matrix-" + n + "-" + Api.key());
            case "POST /staff/night/check-in" -> Map.of("reference", freshNightBooking().get("reference"));
            case "POST /staff/night/check-out" -> checkedInNightBooking();
            case "POST /staff/walk-ins" -> Map.of("service", "police-clinic", "priority", "routine");
            case "POST /courses" -> Map.of("courseId", (String) freshCourse().get("courseId"), "pseudonym", "Matrix",
                    "idempotencyKey", "matrix-" + n + "-" + Api.key());
            case "POST /my-booking/course/move" -> {
                Map<String, String> fresh = new HashMap<>(freshCourseBooking());
                fresh.put("n", "1");
                yield fresh;
            }
            case "POST /my-booking/course/cancel-session" -> {
                Map<String, String> fresh = new HashMap<>(freshCourseBooking());
                fresh.put("n", "1");
                fresh.remove("start");
                yield fresh;
            }
            case "POST /staff/courses" -> {
                String[] slot = nextCourseSlot();
                yield Map.of("counsellor", username("COUNSELLOR"), "firstDate", slot[0], "start", slot[1],
                        "weeks", "1");
            }
            case "POST /staff/walk-ins/next" -> Map.of("service", "counselling", "room", "Room 7");
            case "POST /staff/walk-ins/{ticket}/priority" -> Map.of("priority", "soon", "reason", "matrix");
            case "POST /staff/walk-ins/{calling}/call" -> Map.of("room", "Room 1");
            case "POST /book/choose" -> Map.of("service", "police-clinic");
            case "POST /staff/disclosures" -> Map.of("reference", values.get("{reference}"), "basis", "court-order");
            case "POST /staff/desk/book" -> Map.of("service", "sexual-health",
                    "slot", values.get("{session}") + "@10:00", "pseudonym", "Matrix");
            case "POST /staff/desk/booking/cancel" -> Map.of("reference",
                    (String) api.booked(values.get("{session}"), apiStart, "Matrix").get("reference"));
            case "POST /staff/nights" -> Map.of("date", Api.freshDate().toString(), "opens", "20:00",
                    "closes", "08:00", "restPlaces", "4");
            case "POST /staff/nights/pattern" -> Map.of("weekdays", "MONDAY", "opens", "20:00", "closes", "08:00",
                    "restPlaces", "4", "weeks", "1");
            case "POST /staff/night/roster" -> Map.of("date", values.get("{night}"), "childcareStaff", "matrix-target");
            case "POST /staff/night/door" -> Map.of("date", values.get("{night}"), "kind", "rest",
                    "pseudonym", "Matrix", "idempotencyKey", "matrix-door-" + n + "-" + Api.key());
            case "POST /staff/erasure" -> Map.of("reference", values.get("{reference}"), "confirmed", "true");
            case "POST /staff/sign-in" -> who.equals(SecurityMatrix.ANONYMOUS)
                    ? Map.of("username", "nobody-" + n, "password", "not a password at all")
                    : Map.of("username", username(who), "password", PASSWORD);
            case "POST /staff/password" -> Map.of("current", PASSWORD, "chosen", "a brand new matrix password " + n,
                    "repeated", "a brand new matrix password " + n);
            case "POST /staff/sessions" -> Map.of("service", "counselling", "date", Api.freshDate().toString(),
                    "start", "14:00", "end", "14:50", "slotMinutes", "50", "placesPerSlot", "1", "clinician", "");
            case "POST /staff/accounts" -> Map.of("username", "matrix-page-" + n, "password", PASSWORD,
                    "roles", "CLINICIAN");
            case "POST /staff/accounts/{username}/roles" -> Map.of("roles", "RECEPTION");
            case "POST /staff/rotas" -> {
                Map<String, Object> rota = rota();
                yield Map.of("service", "counselling", "weekdays", (String) ((List<?>) rota.get("weekdays")).get(0),
                        "start", "14:00", "end", "14:50", "slotMinutes", "50", "placesPerSlot", "1",
                        "from", (String) rota.get("from"), "weeks", "1");
            }
            case "POST /staff/rotas/{fresh-rota}/cancel/ask", "POST /staff/rotas/{fresh-rota}/cancel" ->
                    Map.of("from", rotaDate.toString(), "reason", "The matrix cancels it");
            case "POST /staff/rotas/{fresh-rota}/change/ask", "POST /staff/rotas/{fresh-rota}/change" -> {
                Map<String, String> fields = new HashMap<>();
                rotaChange().forEach((k, v) -> fields.put(k, v instanceof List<?> l ? (String) l.get(0) : v.toString()));
                yield fields;
            }
            case "POST /staff/sessions/{fresh-session}/cancel" -> Map.of("reason", "The matrix calls it off");
            case "POST /staff/sessions/{fresh-session}/move" -> Map.of("date", Api.freshDate().toString(),
                    "start", "15:00", "reason", "The matrix moves it");
            case "POST /staff/drop-in" -> Map.of("reason", "shower");
            case "POST /staff/services" -> Map.of("code", "matrix-page-" + n + "-" + RUN, "name-en",
                    "Matrix page service " + n, "kind", "group", "roles", "COUNSELLOR");
            case "POST /staff/services/{matrix-service}" -> Map.of("name-en", "Matrix service", "roles", "COUNSELLOR");
            case "POST /staff/sites" -> Map.of("code", "matrix-page-" + n, "kind", "drop-in", "name-en", "Matrix page site",
                    "address", "1 Matrix Street", "hours", "MONDAY 10:00-16:00");
            case "POST /staff/partners" -> Map.of("name", "Matrix page partner " + n, "offer-en", "Housing advice",
                    "contact", "0800 000 001", "languages", "en, pt");
            case "POST /my-booking/move" -> {
                Map<String, String> fresh = freshBooking();
                yield Map.of("reference", fresh.get("reference"), "secret", fresh.get("secret"),
                        "start", date + "T11:00");
            }
            default -> new LinkedHashMap<>();
        };
    }

    /** A site with no sessions: anyone allowed may remove it. */
    private static Map<String, Object> site(String code) {
        return Map.of("code", code, "kind", "drop-in", "names", Map.of("en", "Matrix site"),
                "address", "1 Matrix Street", "hours", List.of(Map.of("day", "MONDAY", "opens", "10:00",
                        "closes", "16:00")));
    }

    /** One session on a fresh date, on that date's weekday only: a pattern that creates exactly one session. */
    private static Map<String, Object> rota() {
        LocalDate day = Api.freshDate();
        return Map.of("service", "counselling", "weekdays", List.of(day.getDayOfWeek().name()), "start", "14:00",
                "end", "14:50", "slotMinutes", 50, "placesPerSlot", 1, "from", day.toString(), "weeks", 1);
    }

    /** The matrix's fresh pattern from its one date on, at another time of that day. */
    private Map<String, Object> rotaChange() {
        return Map.of("from", rotaDate.toString(), "weekdays", List.of(rotaDate.getDayOfWeek().name()),
                "start", "16:00", "end", "16:50", "slotMinutes", 50, "placesPerSlot", 1, "weeks", 1,
                "reason", "The matrix changes it");
    }

    /** A booking of its own for each cell that moves one. */
    private Map<String, String> freshBooking() {
        Map<String, Object> fresh = api.booked(values.get("{session}"), apiStart, "Matrix");
        return Map.of("reference", (String) fresh.get("reference"), "secret", (String) fresh.get("secret"));
    }

    /**
     * A session, a partner or a pattern of its own for each allowed cell that calls one off or removes one; a refused cell
     * never reaches the controller, so an id of the right shape is enough.
     */
    @SuppressWarnings("unchecked")
    private String freshSessionOrPartner(String uri, boolean allowed) {
        String filled = uri;
        if (!allowed) {
            if (filled.contains("{fresh-rota}")) {
                rotaDate = LocalDate.now().plusDays(2);
            }
            return filled.replace("{fresh-session}", "2026-12-01~matrix22").replace("{fresh-partner}", "p-matrix")
                    .replace("{fresh-rota}", "r-matrix22")
                    .replace("{fresh-site}", "matrix-site");
        }
        if (filled.contains("{fresh-rota}")) {
            Map<String, Object> rota = rota();
            rotaDate = LocalDate.parse((String) rota.get("from"));
            Map<String, Object> created = api.admin().post().uri("/api/v1/rotas")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(rota).exchange().expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody();
            filled = filled.replace("{fresh-rota}", (String) created.get("rotaId"));
        }
        if (filled.contains("{fresh-session}")) {
            filled = filled.replace("{fresh-session}", api.schedule(Api.freshDate(), "10:00", "11:00", 30, 2));
        }
        if (filled.contains("{fresh-site}")) {
            String code = "matrix-site-" + UNIQUE.incrementAndGet();
            api.admin().post().uri("/api/v1/sites").contentType(MediaType.APPLICATION_JSON).bodyValue(site(code))
                    .exchange().expectStatus().isCreated();
            filled = filled.replace("{fresh-site}", code);
        }
        if (filled.contains("{fresh-partner}")) {
            Map<String, Object> partner = api.admin().post().uri("/api/v1/partners")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "Matrix partner to remove",
                            "offers", Map.of("en", "Advice"), "contact", "0800 000 002"))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
            filled = filled.replace("{fresh-partner}", (String) partner.get("id"));
        }
        return filled;
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> freshNightBooking() {
        Map<String, Object> fresh = api.bookNight(night, "rest", "Matrix").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return Map.of("reference", (String) fresh.get("reference"), "secret", (String) fresh.get("secret"));
    }

    /**
     * A course of one week of its own for the matrix's counsellor: twelve an hour apart on each day from a fresh
     * date on (the counsellor is the matrix's alone, so no other test's session shares these times).
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> freshCourse() {
        String[] slot = nextCourseSlot();
        LocalDate date = LocalDate.parse(slot[0]);
        String start = slot[1];
        return api.admin().post().uri("/api/v1/courses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("counsellor", username("COUNSELLOR"), "firstDate", date.toString(),
                        "start", start, "weeks", 1))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** The date and time of the next course the matrix sets up. */
    /** Twelve course times a day, each day a fresh date of its own, so no other test's fresh date holds them. */
    private String[] nextCourseSlot() {
        int n = COURSES.getAndIncrement();
        while (courseDays.size() <= n / 12) {
            courseDays.add(Api.freshDate());
        }
        return new String[] {courseDays.get(n / 12).toString(), LocalTime.of(8 + n % 12, 0).toString()};
    }

    /** A booking of a fresh course: its reference, secret and its first session's start. */
    @SuppressWarnings("unchecked")
    private Map<String, String> freshCourseBooking() {
        Map<String, Object> course = freshCourse();
        Map<String, Object> booked = api.client().post().uri("/api/v1/course-bookings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("courseId", course.get("courseId"), "pseudonym", "Matrix")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return Map.of("reference", (String) booked.get("reference"), "secret", (String) booked.get("secret"),
                "start", ((List<String>) booked.get("sessions")).get(0));
    }

    private Map<String, String> checkedInNightBooking() {
        Map<String, String> booking = freshNightBooking();
        api.admin().post().uri("/api/v1/night-bookings/{r}/check-in", booking.get("reference")).exchange()
                .expectStatus().isOk();
        return Map.of("reference", booking.get("reference"));
    }

    private Browser browserFor(String who) {
        if (who.equals(SecurityMatrix.ANONYMOUS)) {
            return api.browser();
        }
        return signedIn.computeIfAbsent(who, w -> freshBrowser(w, username(w)));
    }

    private Browser freshBrowser(String who, String username) {
        Browser browser = api.browser();
        if (!who.equals(SecurityMatrix.ANONYMOUS)) {
            assertThat(browser.signIn(username, PASSWORD).getResponseHeaders().getLocation()).hasToString("/staff");
        }
        return browser;
    }

    /** An account used once, for a cell that changes its own password. */
    private String throwaway(String who) {
        if (who.equals(SecurityMatrix.ANONYMOUS)) {
            return null;
        }
        String username = "matrix-once-" + UNIQUE.incrementAndGet();
        api.createStaff(username, PASSWORD, who);
        return username;
    }

    private String fill(String path) {
        String filled = path;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }

    static String username(String role) {
        return "matrix-" + role.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean matches(PathPattern pattern, Row row) {
        return pattern.matches(PathContainer.parsePath(row.route()));
    }

    private static PathPattern parse(String pattern) {
        return org.springframework.web.util.pattern.PathPatternParser.defaultInstance.parse(pattern);
    }
}
