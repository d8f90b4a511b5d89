package org.lantern.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Every page as the server renders it, public and staff, in the states a person meets them, is valid HTML by
 * the Nu Html Checker (the checker behind validator.w3.org/nu). Errors only; all pages are checked before the
 * test fails, so one run lists every problem.
 */
@LanternIntegrationTest
class PagesAreValidHtmlTest {

    @Autowired
    Api api;

    @Test
    @SuppressWarnings("unchecked")
    void everyPageIsValidHtml() {
        Map<String, String> pages = new LinkedHashMap<>();
        LocalDate date = Api.freshDate();
        String session = api.schedule(date, "10:00", "11:00", 30, 2);
        api.schedule("counselling", date, "12:00", "12:50", 50, 1);

        // an outreach van, so that the sites page shows its stops (another test class may have added it first)
        api.admin().post().uri("/api/v1/sites").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "valid-html-van", "kind", "outreach", "names", Map.of("en", "The van"),
                        "stops", List.of(Map.of("day", "FRIDAY", "start", "22:00", "end", "00:30",
                                "where", "Station approach")))).exchange();
        Browser person = api.browser();
        for (String path : List.of("/", "/book?list=1", "/book?list=2", "/book?list=3", "/my-booking", "/night/book",
                "/privacy", "/waiting-room", "/ticket", "/staff/sign-in", "/staff/sign-in?error", "/no-such-page",
                "/?lang=ro", "/?lang=pl", "/?lang=zh", "/?lang=es", "/?lang=pt", "/?lang=en", "/partners", "/sites",
                "/sites?lang=zh", "/sites?lang=ro", "/book?list=1&site=drop-in", "/book?list=1&site=nowhere")) {
            pages.put("GET " + path, person.get(path).getResponseBody());
        }
        String form = person.get("/book/slot?session=" + session + "&start=10:00").getResponseBody();
        pages.put("GET /book/slot", form);
        person.post("/book", Map.of("session", session, "start", "10:00", "pseudonym", "Valid",
                "idempotencyKey", hidden(form, "idempotencyKey")));
        String booked = person.get("/book/done").getResponseBody();
        pages.put("GET /book/done (the secret)", booked);
        pages.put("GET /book/done (shown)", person.get("/book/done").getResponseBody());
        pages.put("POST /book (bad name)", person.post("/book", Map.of("session", session, "start", "10:30",
                "pseudonym", "<b>", "idempotencyKey", Api.key())).getResponseBody());

        Map<String, Object> held = api.booked(session, (String) api.availability("sexual-health", date, date).get(0)
                .get("start"), "Valid too");
        Map<String, String> codes = Map.of("reference", (String) held.get("reference"),
                "secret", (String) held.get("secret"));
        person.get("/my-booking");
        pages.put("POST /my-booking (wrong)", person.post("/my-booking", Map.of("reference",
                (String) held.get("reference"), "secret", "WRONGWRONG")).getResponseBody());
        pages.put("POST /my-booking", person.post("/my-booking", codes).getResponseBody());
        pages.put("POST /my-booking/cancel/ask", person.post("/my-booking/cancel/ask", codes).getResponseBody());
        pages.put("POST /my-booking/data", person.post("/my-booking/data", codes).getResponseBody());
        pages.put("POST /my-booking/forget", person.post("/my-booking/forget", codes).getResponseBody());
        pages.put("POST /my-booking/cancel", person.post("/my-booking/cancel", codes).getResponseBody());
        pages.put("POST /my-booking/forget/confirm", person.post("/my-booking/forget/confirm", codes)
                .getResponseBody());

        Map<String, Object> ticket = api.admin().post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "priority", "routine")).exchange().expectStatus()
                .isCreated().expectBody(Map.class).returnResult().getResponseBody();
        person.get("/ticket");
        pages.put("POST /ticket", person.post("/ticket", Map.of("code", (String) ticket.get("code")))
                .getResponseBody());

        // a counselling course: the list, the one page with its secret, that page once shown, the holder's page
        String counsellor = "html-counsellor-" + System.nanoTime() % 100000;
        api.createStaff(counsellor, "html course password 1", "COUNSELLOR");
        Map<String, Object> course = api.admin().post().uri("/api/v1/courses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("counsellor", counsellor, "firstDate",
                        LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(3).toString(), "start", "09:00",
                        "weeks", 2))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String courses = person.get("/courses").getResponseBody();
        pages.put("GET /courses", courses);
        person.post("/courses", Map.of("courseId", (String) course.get("courseId"), "pseudonym", "Valid Course",
                "idempotencyKey", hidden(courses, "idempotencyKey")));
        String courseBooked = person.get("/courses/done").getResponseBody();
        pages.put("GET /courses/done (the secret)", courseBooked);
        pages.put("GET /courses/done (shown)", person.get("/courses/done").getResponseBody());
        Map<String, String> courseCodes = Map.of("reference", shown(courseBooked, "reference"),
                "secret", shown(courseBooked, "secret").replace(" ", ""));
        person.get("/my-booking");
        pages.put("POST /my-booking (a course)", person.post("/my-booking", courseCodes).getResponseBody());

        LocalDate rotaDay = Api.freshDate();
        String rotaId = (String) api.admin().post().uri("/api/v1/rotas").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "weekdays", List.of(rotaDay.getDayOfWeek().name()),
                        "start", "15:00", "end", "16:00", "slotMinutes", 30, "placesPerSlot", 1,
                        "from", rotaDay.toString(), "weeks", 1))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("rotaId");
        Browser manager = api.browser();
        manager.signIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        manager.get("/staff/rotas");
        Map<String, String> rotaChange = Map.of("from", rotaDay.toString(), "weekdays",
                rotaDay.getDayOfWeek().name(), "start", "17:00", "end", "18:00", "slotMinutes", "30",
                "placesPerSlot", "1", "staff", "", "weeks", "1", "reason", "The room is needed earlier that day");
        pages.put("POST /staff/rotas/{id}/change/ask", manager.post("/staff/rotas/" + rotaId + "/change/ask",
                rotaChange).getResponseBody());
        pages.put("POST /staff/rotas/{id}/cancel/ask", manager.post("/staff/rotas/" + rotaId + "/cancel/ask",
                Map.of("from", rotaDay.toString(), "reason", "The room is needed that day")).getResponseBody());
        pages.put("POST /staff/rotas/{id}/change/ask (refused)", manager.post("/staff/rotas/" + rotaId
                + "/change/ask", Map.of("from", "soon", "reason", "")).getResponseBody());
        for (String path : List.of("/staff", "/staff/password", "/staff/sessions", "/staff/dashboard", "/staff/night",
                "/staff/board", "/staff/walk-ins?service=sexual-health", "/staff/accounts", "/staff/audit",
                "/staff/erasure", "/staff/day-list?date=" + date + "&service=sexual-health",
                "/staff/day-list?date=not-a-date&service=sexual-health", "/staff/nothing-here", "/staff/desk",
                "/staff/nights", "/staff/night/roster", "/staff/night/door", "/staff/courses", "/staff/rotas",
                "/staff/statistics", "/staff/partners", "/staff/services", "/staff/drop-in", "/staff/untold",
                "/staff/sites", "/staff/sites?edit=drop-in", "/staff/board?site=night-centre",
                "/staff/board?site=nowhere")) {
            pages.put("GET " + path + " (manager)", manager.get(path).getResponseBody());
        }
        manager.get("/staff/walk-ins?service=sexual-health");
        pages.put("POST /staff/walk-ins", manager.post("/staff/walk-ins", Map.of("service", "sexual-health",
                "priority", "routine")).getResponseBody());
        manager.get("/staff/sites");
        pages.put("POST /staff/sites (problems)", manager.post("/staff/sites", Map.of("code", "Bad Code",
                "kind", "drop-in", "name-en", "A room", "address", "1 Street", "hours", "MONDAY ten-four"))
                .getResponseBody());
        manager.get("/staff/accounts");
        pages.put("POST /staff/accounts (problems)", manager.post("/staff/accounts", Map.of("username", "X",
                "password", "x")).getResponseBody());

        Map<String, List<String>> invalid = new LinkedHashMap<>();
        pages.forEach((name, html) -> {
            assertThat(html).as(name).isNotBlank();
            List<String> errors = HtmlChecker.errors(html);
            if (!errors.isEmpty()) {
                invalid.put(name, errors);
            }
        });
        assertThat(invalid).as("Nu Html Checker errors, by page").isEmpty();
        assertThat(pages).hasSizeGreaterThan(40);
    }

    private static String shown(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*([A-Z0-9 ]+?)\\s*<").matcher(html);
        assertThat(m.find()).as("shown %s", id).isTrue();
        return m.group(1);
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("hidden field %s", name).isTrue();
        return m.group(1);
    }
}
