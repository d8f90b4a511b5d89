package org.lantern.ui.sites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.Race;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The site directory: seeded on a fresh start, kept by a manager, read by everyone in their language; sessions
 * belong to a site, and availability, the booking pages and reception's board each show one site's.
 */
@LanternIntegrationTest
class SitesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AtomicInteger CODES = new AtomicInteger();

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFreshStartHasTheDropInAndTheNightCentreWithoutAManagerDoingAnything() {
        List<Map<String, Object>> sites = all("en");
        assertThat(sites).extracting(s -> s.get("code")).contains("drop-in", "night-centre");
        assertThat(shown("es", "night-centre")).containsEntry("name", "El centro de noche")
                .containsEntry("kind", "night-centre");
        assertThat(shown("zh", "drop-in")).containsEntry("name", "日间中心");
    }

    @Test
    void aSiteIsShownInEveryLanguageWithEnglishWhereNoNameWasWritten() {
        String code = code();
        add(van(code)).expectStatus().isCreated().expectBody().jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.stops.length()").isEqualTo(2);

        assertThat(shown("es", code)).containsEntry("name", "La furgoneta");
        assertThat(shown("pl", code)).containsEntry("name", "The van");
        for (String language : List.of("en", "es", "pt", "ro", "pl", "zh")) {
            String page = api.client().get().uri("/sites?lang={l}", language).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).contains("id=\"site-" + code + "\"", "Canal Street", "id=\"quick-exit\"",
                    "lang=\"" + language + "\"");
        }
        String home = api.client().get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody();
        assertThat(home).contains("href=\"/sites\"");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndChangesNothing() {
        List<Map<String, Object>> before = all("en");
        String code = code();
        Map<String, Object> good = site(code, "drop-in");
        expectRefused(with(good, "code", "Not A Slug"), "error.site-code");
        expectRefused(with(good, "code", "x".repeat(31)), "error.site-code");
        expectRefused(with(good, "kind", "castle"), "error.site-kind");
        expectRefused(with(good, "names", Map.of("es", "Solo español")), "error.site-name");
        expectRefused(with(good, "names", Map.of("en", "Fine", "xx", "Unknown language")), "error.site-name");
        expectRefused(with(good, "names", Map.of("en", "<script>")), "error.site-name");
        expectRefused(with(good, "address", ""), "error.site-address");
        expectRefused(with(good, "hours", List.of()), "error.site-hours");
        expectRefused(with(good, "hours", List.of(hours("FUNDAY", "10:00", "12:00"))), "error.site-hours");
        expectRefused(with(good, "hours", List.of(hours("MONDAY", "10:00", "25:00"))), "error.site-hours");
        expectRefused(with(good, "hours", List.of(hours("MONDAY", "10:00", "10:00"))), "error.site-hours");
        expectRefused(with(good, "hours", List.of(hours("MONDAY", "10:00", "14:00"), hours("MONDAY", "13:00",
                "16:00"))), "error.site-hours");
        expectRefused(with(good, "stops", List.of(stop("MONDAY", "22:00", "23:00", "Canal Street"))),
                "error.site-stops");
        expectRefused(with(van(code), "stops", List.of()), "error.site-stops");
        expectRefused(with(van(code), "stops", List.of(stop("MONDAY", "22:00", "23:00", ""))), "error.site-stops");
        add(site("drop-in", "drop-in")).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code")
                .isEqualTo("error.site-exists");
        api.admin().put().uri("/api/v1/sites/{c}", "no-such-site").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(site("no-such-site", "drop-in")).exchange().expectStatus().isNotFound();
        api.admin().put().uri("/api/v1/sites/{c}", "drop-in").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(with(site("drop-in", "drop-in"), "hours", List.of())).exchange().expectStatus()
                .isBadRequest();

        assertThat(all("en")).isEqualTo(before);
    }

    @Test
    void theStaffPageRefusesBadInputKindlyAndKeepsNothing() {
        Browser manager = api.browser();
        manager.signIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        manager.get("/staff/sites");
        String code = code();
        String refused = manager.post("/staff/sites", Map.of("code", code, "kind", "drop-in", "name-en", "A room",
                "address", "1 Street", "hours", "MONDAY ten-four")).getResponseBody();
        assertThat(refused).contains("role=\"alert\"").contains("MONDAY ten-four");
        assertThat(all("en")).noneMatch(s -> code.equals(s.get("code")));

        manager.get("/staff/sites");
        manager.post("/staff/sites", Map.of("code", code, "kind", "drop-in", "name-en", "A room", "name-ro",
                "O cameră", "address", "1 Street", "hours", "MONDAY 10:00-16:00\nfriday 20:00-02:00"));
        assertThat(shown("ro", code)).containsEntry("name", "O cameră").containsEntry("address", "1 Street");
        assertThat(manager.get("/staff/sites?edit=" + code).getResponseBody()).contains("FRIDAY 20:00-02:00");
    }

    @Test
    void twoManagersAddingOneCodeAtOnceLeaveOneSite() throws Exception {
        String code = code();
        List<Integer> statuses = Race.race(6, i -> add(with(site(code, "drop-in"), "address", "Address " + i))
                .returnResult(String.class).getStatus().value());
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(all("en")).filteredOn(s -> code.equals(s.get("code"))).hasSize(1);
    }

    @Test
    void aSessionOfAnotherSiteIsNotInThisSitesAvailability() {
        LocalDate day = Api.freshDate();
        clock.set(day.atTime(8, 0).atZone(LONDON).toInstant());
        String here = schedule(day, "10:00", "drop-in").expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("sessionId").toString();
        String there = schedule(day, "10:00", "night-centre").expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("sessionId").toString();

        assertThat(availability(day, "drop-in")).extracting(s -> s.get("sessionId")).containsOnly(here);
        assertThat(availability(day, "night-centre")).extracting(s -> s.get("sessionId")).containsOnly(there);
        assertThat(availability(day, "night-centre")).allMatch(s -> "night-centre".equals(s.get("site")));
        assertThat(api.availability("sexual-health", day, day)).extracting(s -> s.get("sessionId"))
                .contains(here, there);
        api.client().get().uri("/api/v1/availability?service=sexual-health&from={d}&to={d}&site=nowhere", day, day)
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("error.site");

        String page = api.client().get().uri("/book?list=1&site=night-centre").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("session=" + there).doesNotContain("session=" + here);
        api.client().get().uri("/book?list=1&site=nowhere").exchange().expectStatus().isNotFound();
    }

    @Test
    void sessionsAreSetUpOnlyAtAKnownSiteThatTakesBookings() {
        LocalDate day = Api.freshDate();
        schedule(day, "10:00", "nowhere").expectStatus().isBadRequest().expectBody().jsonPath("$.code")
                .isEqualTo("error.site");
        String van = code();
        add(van(van)).expectStatus().isCreated();
        schedule(day, "10:00", van).expectStatus().isBadRequest().expectBody().jsonPath("$.code")
                .isEqualTo("error.site-no-sessions");
        api.admin().post().uri("/api/v1/rotas").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "counselling", "site", "nowhere", "weekdays",
                        List.of(day.getDayOfWeek().name()), "start", "14:00", "end", "14:50", "slotMinutes", 50,
                        "placesPerSlot", 1, "from", day.toString(), "weeks", 1))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("error.site");
        assertThat(api.availability("sexual-health", day, day)).isEmpty();
    }

    @Test
    void aSiteWithSessionsAndTheDropInStayWhileAnEmptySiteGoes() {
        String code = code();
        add(site(code, "night-centre")).expectStatus().isCreated();
        schedule(Api.freshDate(), "10:00", code).expectStatus().isCreated();
        api.admin().delete().uri("/api/v1/sites/{c}", code).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("error.site-in-use");
        api.admin().put().uri("/api/v1/sites/{c}", code).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(van(code)).exchange().expectStatus().isEqualTo(409);
        api.admin().delete().uri("/api/v1/sites/{c}", "drop-in").exchange().expectStatus().isEqualTo(409);

        String empty = code();
        add(site(empty, "drop-in")).expectStatus().isCreated();
        api.admin().put().uri("/api/v1/sites/{c}", empty).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(with(site(empty, "drop-in"), "address", "2 New Street")).exchange().expectStatus().isOk();
        assertThat(shown("en", empty)).containsEntry("address", "2 New Street");
        api.admin().delete().uri("/api/v1/sites/{c}", empty).exchange().expectStatus().isNoContent();
        api.admin().delete().uri("/api/v1/sites/{c}", empty).exchange().expectStatus().isNotFound();
        assertThat(all("en")).extracting(s -> s.get("code")).contains(code, "drop-in").doesNotContain(empty);
    }

    @Test
    void theBoardOfASiteShowsNoneOfAnotherSitesPeople() {
        LocalDate day = Api.freshDate();
        clock.set(day.atTime(9, 0).atZone(LONDON).toInstant());
        String dropIn = schedule(day, "10:00", "drop-in").expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("sessionId").toString();
        String night = schedule(day, "10:00", "night-centre").expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("sessionId").toString();
        Object hereRef = api.booked(dropIn, CentreTimes.london(day, 10, 0), "Dropping Dee").get("reference");
        Object thereRef = api.booked(night, CentreTimes.london(day, 10, 0), "Nightly Nia").get("reference");
        api.admin().post().uri("/api/v1/bookings/{r}/arrival", thereRef).exchange().expectStatus().isOk();
        api.admin().post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "priority", "soon", "pseudonym", "Walking Wim"))
                .exchange().expectStatus().isCreated();

        String dropInBoard = board("");
        assertThat(dropInBoard).contains("\"site\":\"drop-in\"", "Dropping Dee", hereRef.toString(), "Walking Wim")
                .doesNotContain("Nightly Nia", thereRef.toString());
        String nightBoard = board("?site=night-centre");
        assertThat(nightBoard).contains("\"site\":\"night-centre\"", "Nightly Nia", thereRef.toString())
                .doesNotContain("Dropping Dee", hereRef.toString(), "Walking Wim");
        api.admin().get().uri("/api/v1/board?site=nowhere").exchange().expectStatus().isBadRequest();

        Browser manager = api.browser();
        manager.signIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        String page = manager.get("/staff/board?site=night-centre").getResponseBody();
        assertThat(page).contains("Nightly Nia", "/staff/board/stream?site=night-centre").doesNotContain("Dropping Dee");
    }

    private String board(String query) {
        return api.admin().get().uri("/api/v1/board" + query).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec schedule(LocalDate day, String start, String site) {
        return api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "date", day.toString(), "start", start, "end", "10:30",
                        "slotMinutes", 30, "placesPerSlot", 2, "site", site))
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> availability(LocalDate day, String site) {
        return api.client().get().uri("/api/v1/availability?service=sexual-health&from={d}&to={d}&site={s}", day, day,
                site).exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }

    private void expectRefused(Map<String, Object> body, String code) {
        add(body).expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo(code);
    }

    private WebTestClient.ResponseSpec add(Map<String, Object> body) {
        return api.admin().post().uri("/api/v1/sites").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> all(String language) {
        return api.client().get().uri("/api/v1/sites").header("Accept-Language", language).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }

    private Map<String, Object> shown(String language, String code) {
        return all(language).stream().filter(s -> code.equals(s.get("code"))).findFirst().orElseThrow();
    }

    private static String code() {
        return "test-site-" + CODES.incrementAndGet();
    }

    static Map<String, Object> site(String code, String kind) {
        return Map.of("code", code, "kind", kind, "names", Map.of("en", "A room", "es", "Una sala"),
                "address", "1 Example Street", "hours", List.of(hours("MONDAY", "10:00", "16:00"),
                        hours("MONDAY", "20:00", "02:00")));
    }

    static Map<String, Object> van(String code) {
        return Map.of("code", code, "kind", "outreach", "names", Map.of("en", "The van", "es", "La furgoneta"),
                "stops", List.of(stop("FRIDAY", "22:00", "23:30", "Canal Street"),
                        stop("monday", "23:00", "01:00", "Station approach")));
    }

    private static Map<String, Object> hours(String day, String opens, String closes) {
        return Map.of("day", day, "opens", opens, "closes", closes);
    }

    private static Map<String, Object> stop(String day, String start, String end, String where) {
        return Map.of("day", day, "start", start, "end", end, "where", where);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new java.util.LinkedHashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
