package org.lantern.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.ServiceCatalogue;
import org.lantern.ui.Api;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.Race;
import org.lantern.ui.TestClock;
import org.lantern.ui.policeclinic.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Services are data: a manager adds one at run time and every part of Lantern (public pages, availability, day
 * lists, the role checks, shared screens) takes it from the catalogue.
 */
@LanternIntegrationTest
class ServiceCatalogueTest {

    @Autowired Api api;
    @Autowired TestClock clock;
    @Autowired ServiceCatalogue catalogue;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String fresh(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    private Staff staff() {
        return new Staff(api, "catalogue");
    }

    WebTestClient.ResponseSpec add(Map<String, Object> body) {
        return api.admin().post().uri("/api/v1/services").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> added(String code, String kind, boolean isPrivate, String... roles) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "names", Map.of("en", "Service " + code,
                "es", "Servicio " + code), "kind", kind, "roles", List.of(roles)));
        body.put("private", isPrivate);
        return add(body).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> listed(String language) {
        return api.client().get().uri("/api/v1/services").header("Accept-Language", language).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }

    @Test
    void theServicesThatWereCodeAreTheCataloguesFirstEntriesInEveryLanguage() {
        assertThat(catalogue.all().subList(0, 3)).extracting(e -> e.code())
                .containsExactly("sexual-health", "police-clinic", "counselling");
        List<Map<String, Object>> spanish = listed("es");
        assertThat(spanish).anySatisfy(s -> assertThat(s).containsEntry("code", "sexual-health")
                .containsEntry("name", "Clínica de salud sexual").containsEntry("kind", "slots"));
        assertThat(spanish).anySatisfy(s -> assertThat(s).containsEntry("code", "counselling")
                .containsEntry("kind", "course"));
        // a private service is never listed: only the pages name it, to the person choosing it
        assertThat(spanish).noneMatch(s -> s.get("code").equals("police-clinic"));
        assertThat(listed("zh")).anySatisfy(s -> assertThat(s).containsEntry("name", "性健康门诊"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGroupSessionAddedAtRunTimeIsBookedToItsLimitUnderConcurrencyAndNoFurther() throws Exception {
        String code = fresh("support-group");
        Map<String, Object> service = added(code, "group", false, "COUNSELLOR");
        assertThat(service).containsEntry("kind", "group").containsEntry("private", false);
        assertThat((Integer) service.get("number")).isGreaterThan(3);
        assertThat(listed("es")).anySatisfy(s -> assertThat(s).containsEntry("code", code)
                .containsEntry("name", "Servicio " + code));

        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(code, date, "14:00", "15:30", 30, 6);
        List<Map<String, Object>> slots = api.availability(code, date, date);
        assertThat(slots).hasSize(1); // a group meets once, for the whole session
        assertThat(slots.get(0)).containsEntry("free", 6);
        String start = (String) slots.get(0).get("start");

        List<Integer> outcomes = Race.race(20, i -> api.book(sessionId, start, "Group member " + i)
                .returnResult(String.class).getStatus().value());

        assertThat(outcomes).filteredOn(s -> s == 201).hasSize(6);
        assertThat(outcomes).filteredOn(s -> s == 409).hasSize(14);
        assertThat(api.availability(code, date, date).get(0)).containsEntry("free", 0);
        Staff staff = staff();
        Map<String, Object> list = staff.api("COUNSELLOR").get().uri("/api/v1/day-list?date={d}&service={s}", date,
                code).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) list.get("sessions");
        assertThat(sessions).hasSize(1);
        List<Map<String, Object>> daySlots = (List<Map<String, Object>>) sessions.get(0).get("slots");
        assertThat(daySlots).hasSize(1);
        assertThat((List<?>) daySlots.get(0).get("bookings")).hasSize(6);
        // the roles the catalogue names run it: nobody else opens its list
        staff.api("CLINICIAN").get().uri("/api/v1/day-list?date={d}&service={s}", date, code).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void whoRunsAServiceIsTheCataloguesToSayAndChangesWithIt() {
        String code = fresh("casework");
        added(code, "slots", false, "COUNSELLOR");
        LocalDate date = Api.freshDate();
        api.schedule(code, date, "10:00", "11:00", 30, 1);
        Staff staff = staff();
        staff.api("COUNSELLOR").get().uri("/api/v1/day-list?date={d}&service={s}", date, code).exchange()
                .expectStatus().isOk();

        api.admin().put().uri("/api/v1/services/{c}", code).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("names", Map.of("en", "Casework with a caseworker"), "roles", List.of("CLINICIAN")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.kind").isEqualTo("slots")
                .jsonPath("$.roles[0]").isEqualTo("CLINICIAN");

        staff.api("COUNSELLOR").get().uri("/api/v1/day-list?date={d}&service={s}", date, code).exchange()
                .expectStatus().isForbidden();
        staff.api("CLINICIAN").get().uri("/api/v1/day-list?date={d}&service={s}", date, code).exchange()
                .expectStatus().isOk();
        assertThat(listed("en")).anySatisfy(s -> assertThat(s).containsEntry("code", code)
                .containsEntry("name", "Casework with a caseworker"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aServiceMarkedPrivateIsAPrivateAppointmentOnEverySharedSurface() {
        String code = fresh("isva");
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "names", Map.of("en",
                "Independent sexual violence adviser"), "kind", "slots", "roles", List.of("COUNSELLOR")));
        body.put("private", true);
        Object number = add(body).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("number");
        LocalDate today = Api.freshDate();
        clock.set(today.atTime(8, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        String sessionId = api.schedule(code, today, "16:00", "17:00", 30, 2);
        Map<String, Object> booked = api.booked(sessionId, CentreTimes.london(today, 16, 0), "Quiet Heron");
        String reference = (String) booked.get("reference");
        api.admin().post().uri("/api/v1/bookings/{r}/arrival", reference).exchange().expectStatus().isOk();

        Staff staff = staff();
        for (String role : List.of("RECEPTION", "CLINICIAN")) {
            for (String path : List.of("/api/v1/dashboard", "/api/v1/board", "/api/v1/waiting-room",
                    "/api/v1/reception/bookings/" + reference)) {
                String answer = staff.api(role).get().uri(path).exchange().expectBody(String.class).returnResult()
                        .getResponseBody();
                assertThat(answer == null ? "" : answer).as("%s %s", role, path)
                        .doesNotContainIgnoringCase("violence").doesNotContain(code);
            }
            for (String path : List.of("/staff", "/staff/dashboard", "/staff/board", "/staff/walk-ins",
                    "/staff/desk", "/staff/day-list?date=" + today)) {
                String page = staff.page(role).get(path).getResponseBody();
                assertThat(page == null ? "" : page).as("%s %s", role, path)
                        .doesNotContainIgnoringCase("violence").doesNotContain(code);
            }
        }
        assertThat(staff.read("RECEPTION", "/staff/board", 200)).contains("Private appointment");
        // a second private service is told apart at the desk by its number, never its name
        assertThat(staff.read("RECEPTION", "/staff/desk", 200)).contains(">Private appointment<",
                ">Private appointment " + number + "<", "service=private-" + number);
        assertThat(staff.read("RECEPTION", "/staff/desk/booking?reference=" + reference, 200))
                .contains("Private appointment");
        // the person's own pages say "private appointment", as for the police clinic
        org.lantern.ui.Browser person = api.browser();
        person.get("/my-booking");
        String page = person.post("/my-booking", Map.of("reference", reference,
                "secret", (String) booked.get("secret"))).getResponseBody();
        assertThat(page).contains("Private appointment").doesNotContainIgnoringCase("violence");
        // those who run it see it named
        assertThat(staff.read("COUNSELLOR", "/staff/day-list?date=" + today + "&service=" + code, 200))
                .contains("Independent sexual violence adviser", "Quiet Heron");
    }

    @Test
    void aPublicListOfTimesIsNamedByItsNumberAndItsHeadingByTheCatalogue() {
        String code = fresh("workshop");
        Map<String, Object> service = added(code, "group", false, "COUNSELLOR");
        LocalDate date = LocalDate.now(ZoneId.of("Europe/London")).plusDays(2);
        api.schedule(code, date, "18:00", "19:00", 60, 10);
        String home = api.client().get().uri("/?lang=es").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(home).contains("/book?list=" + service.get("number"), "Servicio " + code);
        String times = api.client().get().uri("/book?list={n}&lang=es", service.get("number")).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(times).contains("Servicio " + code + ": horas libres", "18:00");
    }

    @Test
    void badInputIsRefusedKindlyAndAddsNothing() {
        int before = catalogue.all().size();
        Map<String, Object> good = Map.of("code", fresh("good"), "names", Map.of("en", "Legal advice"),
                "kind", "slots", "roles", List.of("COUNSELLOR"));
        List<Map<String, Object>> bad = List.of(
                with(good, "code", "Bad Code"), with(good, "code", "private"), with(good, "code", "private-9"),
                with(good, "code", "night-rest"), with(good, "code", "x"),
                with(good, "names", Map.of("es", "Solo español")), with(good, "names", Map.of("en", "<b>bold</b>")),
                with(good, "names", Map.of("en", "a".repeat(81))), with(good, "names", Map.of("en", "Ok", "fr", "Oui")),
                with(good, "names", Map.of("en", "Private")),
                with(good, "kind", "workshop"), with(good, "roles", List.of()), with(good, "roles", List.of("ADMIN")),
                with(good, "roles", List.of("MANAGER")));
        for (Map<String, Object> body : bad) {
            add(body).expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").value(c -> assertThat((String) c).startsWith("error.service"))
                    .jsonPath("$.detail").value(d -> assertThat((String) d).isNotBlank().doesNotContain("Exception"));
        }
        add(with(good, "code", "sexual-health")).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code")
                .isEqualTo("error.service-exists");
        api.admin().put().uri("/api/v1/services/{c}", "no-such-service").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("names", Map.of("en", "x"), "roles", List.of("COUNSELLOR"))).exchange()
                .expectStatus().isNotFound();
        api.admin().put().uri("/api/v1/services/{c}", "sexual-health").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("names", Map.of("es", "Sin inglés"), "roles", List.of("CLINICIAN"))).exchange()
                .expectStatus().isBadRequest();
        assertThat(catalogue.all()).hasSize(before);
        assertThat(catalogue.find("sexual-health").orElseThrow().name(java.util.Locale.ENGLISH))
                .isEqualTo("Sexual health clinic");
        // a session of a service that is not in the catalogue is refused too
        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "not-a-service", "date", Api.freshDate().toString(), "start", "10:00",
                        "end", "11:00", "slotMinutes", 30, "placesPerSlot", 1))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("error.service");
    }

    @Test
    void theManagersPageAddsAServiceAndRefusesBadInputWithASentence() {
        Staff staff = staff();
        // a notice only when it is true: none on a plain visit to the manager's pages
        assertThat(staff.read("MANAGER", "/staff/services", 200)).doesNotContain("Service added.", "Service changed.");
        assertThat(staff.read("MANAGER", "/staff/partners", 200)).doesNotContain("Partner added.");
        assertThat(staff.read("MANAGER", "/staff/sites", 200)).doesNotContain("Site added.", "Site changed.",
                "Site removed.");
        String code = fresh("peer-support");
        var added = staff.page("MANAGER").post("/staff/services", Map.of("code", code, "name-en", "Peer support",
                "name-ro", "Sprijin între egali", "kind", "group", "roles", "COUNSELLOR"));
        assertThat(added.getStatus().value()).isEqualTo(303);
        assertThat(staff.read("MANAGER", "/staff/services?added", 200)).contains("Service added.", "Peer support",
                code);
        assertThat(catalogue.find(code).orElseThrow().names()).containsEntry("ro", "Sprijin între egali");

        var refused = staff.page("MANAGER").post("/staff/services", Map.of("code", "Not A Code", "name-en", "x",
                "kind", "slots", "roles", "COUNSELLOR"));
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("The code must be 2 to 40 small letters");
        assertThat(catalogue.find("not-a-code")).isEmpty();
        assertThat(staff.page("RECEPTION").get("/staff/services").getStatus().value()).isEqualTo(403);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
