package org.lantern.ui.nightcentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The night centre's staff pages beside the board: a manager's nights (one night, a weekly pattern, a change to a
 * single night), the childcare roster (ratio refusal shown kindly), and booking at the door. Every refusal changes
 * nothing; every POST answers with a redirect.
 */
@LanternIntegrationTest
class NightStaffPagesTest {

    static final String PASSWORD = "night staff pages password";
    private static final Pattern SECRET = Pattern.compile("id=\"secret\" class=\"code\">([A-Z0-9]+)<");

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Browser signedIn(LocalDate date, String name, String role) {
        NightClient.at(clock, date.atTime(12, 0));
        String username = name + "-" + date.getDayOfYear();
        api.createStaff(username, PASSWORD, role);
        Browser browser = api.browser();
        assertThat(browser.signIn(username, PASSWORD).getResponseHeaders().getLocation()).hasToString("/staff");
        browser.get("/staff");
        return browser;
    }

    @Test
    void aManagerSetsUpOneNightChangesItAndRefusalsChangeNothing() {
        LocalDate date = Api.freshDate();
        Browser manager = signedIn(date, "nights-manager", "MANAGER");
        assertThat(manager.get("/staff").getResponseBody()).contains("href=\"/staff/nights\"");
        manager.get("/staff/nights");

        EntityExchangeResult<String> planned = manager.post("/staff/nights", Map.of("date", date.toString(),
                "opens", "21:00", "closes", "07:00", "restPlaces", "3"));
        assertThat(planned.getStatus().value()).isEqualTo(303);
        assertThat(planned.getResponseHeaders().getLocation()).hasToString("/staff/nights?notice=planned");
        assertThat(restFree(date)).isEqualTo(3);
        assertThat(manager.get("/staff/nights?notice=planned").getResponseBody())
                .contains("The night is saved.", "data-night=\"" + date + "\"", "3 of 3");

        assertThat(manager.post("/staff/nights", Map.of("date", date.toString(), "opens", "21:00", "closes", "07:00",
                "restPlaces", "5")).getStatus().value()).isEqualTo(303);
        assertThat(restFree(date)).isEqualTo(5);

        manager.get("/staff/nights");
        EntityExchangeResult<String> tooMany = manager.post("/staff/nights", Map.of("date", date.toString(),
                "opens", "21:00", "closes", "07:00", "restPlaces", "500"));
        assertThat(tooMany.getStatus().value()).isEqualTo(400);
        assertThat(tooMany.getResponseBody()).contains("Rest places must be between 0 and 100.");
        EntityExchangeResult<String> daytime = manager.post("/staff/nights", Map.of("date", date.toString(),
                "opens", "08:00", "closes", "20:00", "restPlaces", "2"));
        assertThat(daytime.getStatus().value()).isEqualTo(400);
        assertThat(daytime.getResponseBody()).contains("the closing time must be earlier than the opening time");
        EntityExchangeResult<String> notATime = manager.post("/staff/nights", Map.of("date", date.toString(),
                "opens", "late", "closes", "07:00", "restPlaces", "2"));
        assertThat(notATime.getStatus().value()).isEqualTo(400);
        assertThat(restFree(date)).isEqualTo(5);
    }

    @Test
    void aManagerSetsUpAWeeklyPatternAndABadOneChangesNothing() {
        LocalDate date = Api.freshDate();
        Browser manager = signedIn(date, "pattern-manager", "MANAGER");
        manager.get("/staff/nights");
        EntityExchangeResult<String> noDays = manager.post("/staff/nights/pattern", Map.of("opens", "20:00",
                "closes", "08:00", "restPlaces", "6", "weeks", "1"));
        assertThat(noDays.getStatus().value()).isEqualTo(400);
        assertThat(noDays.getResponseBody()).contains("Please choose the days of the week");
        EntityExchangeResult<String> tooLong = manager.post("/staff/nights/pattern", Map.of("weekdays",
                date.getDayOfWeek().name(), "opens", "20:00", "closes", "08:00", "restPlaces", "6", "weeks", "40"));
        assertThat(tooLong.getStatus().value()).isEqualTo(400);
        assertThat(tooLong.getResponseBody()).contains("Nights can be set up for 1 to 12 weeks.");
        assertThat(nights(date)).isEmpty();

        EntityExchangeResult<String> pattern = manager.post("/staff/nights/pattern", Map.of("weekdays",
                date.getDayOfWeek().name(), "opens", "20:00", "closes", "08:00", "restPlaces", "6", "weeks", "1"));
        assertThat(pattern.getStatus().value()).isEqualTo(303);
        assertThat(pattern.getResponseHeaders().getLocation()).hasToString("/staff/nights?notice=pattern&created=1");
        assertThat(restFree(date)).isEqualTo(6);
        assertThat(manager.get("/staff/nights?notice=pattern&created=1").getResponseBody())
                .contains("Nights set up: 1.");
    }

    @Test
    void nightStaffSetTheRosterAndARosterThatBreaksARatioIsRefusedKindly() {
        LocalDate date = Api.freshDate();
        NightClient.at(clock, date.atTime(12, 0));
        api.planNight(date, 2);
        String ash = "roster-ash-" + date.getDayOfYear();
        String bo = "roster-bo-" + date.getDayOfYear();
        api.createStaff(ash, PASSWORD, "NIGHT_STAFF");
        api.createStaff(bo, PASSWORD, "NIGHT_STAFF");
        Browser night = signedIn(date, "roster-night", "NIGHT_STAFF");

        String page = night.get("/staff/night/roster?date=" + date).getResponseBody();
        assertThat(page).contains("value=\"" + ash + "\"", "value=\"" + bo + "\"");
        MultiValueMap<String, String> both = new LinkedMultiValueMap<>();
        both.add("date", date.toString());
        both.add("childcareStaff", ash);
        both.add("childcareStaff", bo);
        both.add("_csrf", night.csrf());
        EntityExchangeResult<String> saved = night.send(HttpMethod.POST, "/staff/night/roster", both);
        assertThat(saved.getStatus().value()).isEqualTo(303);
        assertThat(saved.getResponseHeaders().getLocation()).hasToString("/staff/night/roster?date=" + date
                + "&notice=saved");
        assertThat(roster(date)).containsExactly(ash, bo);

        api.bookNight(date, "childcare", "Roster Parent", "children", List.of(Map.of("name", "Roster Kid",
                "ageBand", "two"))).expectStatus().isCreated();
        night.get("/staff/night/roster?date=" + date);
        EntityExchangeResult<String> one = night.post("/staff/night/roster", Map.of("date", date.toString(),
                "childcareStaff", ash));
        assertThat(one.getStatus().value()).isEqualTo(409);
        assertThat(one.getResponseBody()).contains("would not be looked after safely").doesNotContain("Roster Kid");
        assertThat(roster(date)).containsExactly(ash, bo);

        EntityExchangeResult<String> unknown = night.post("/staff/night/roster", Map.of("date", date.toString(),
                "childcareStaff", "nobody-of-that-name"));
        assertThat(unknown.getStatus().value()).isEqualTo(400);
        assertThat(unknown.getResponseBody()).contains("not an active staff account");
        assertThat(roster(date)).containsExactly(ash, bo);
    }

    @Test
    void nightStaffBookAtTheDoorAndSeeTheCodesOnce() {
        LocalDate date = Api.freshDate();
        NightClient.at(clock, date.atTime(12, 0));
        api.planNight(date, 1);
        Browser door = signedIn(date, "door-night", "NIGHT_STAFF");
        assertThat(door.get("/staff").getResponseBody()).contains("href=\"/staff/night/door\"",
                "href=\"/staff/night/roster\"").doesNotContain("href=\"/staff/nights\"");
        assertThat(door.get("/staff/night/door").getResponseBody()).contains("value=\"" + date + "\"")
                .doesNotContain("id=\"quick-exit\"");

        EntityExchangeResult<String> booked = door.post("/staff/night/door", Map.of("date", date.toString(),
                "kind", "rest", "pseudonym", "Door Dee", "idempotencyKey", Api.key()));
        assertThat(booked.getStatus().value()).isEqualTo(303);
        assertThat(booked.getResponseHeaders().getLocation()).hasToString("/staff/night/door/booked");
        String receipt = door.get("/staff/night/door/booked").getResponseBody();
        Matcher secret = SECRET.matcher(receipt);
        assertThat(secret.find()).isTrue();
        assertThat(receipt).contains("Booked").doesNotContain("Door Dee");
        assertThat(door.get("/staff/night/door/booked").getResponseBody()).doesNotContain(secret.group(1))
                .contains("already shown once");
        assertThat(restFree(date)).isZero();

        door.get("/staff/night/door");
        EntityExchangeResult<String> full = door.post("/staff/night/door", Map.of("date", date.toString(),
                "kind", "rest", "pseudonym", "Door Full", "idempotencyKey", Api.key()));
        assertThat(full.getStatus().value()).isEqualTo(409);
        assertThat(full.getResponseBody()).contains("every rest place that night is taken");
        EntityExchangeResult<String> noChildren = door.post("/staff/night/door", Map.of("date", date.toString(),
                "kind", "childcare", "pseudonym", "Door Parent", "idempotencyKey", Api.key()));
        assertThat(noChildren.getStatus().value()).isEqualTo(400);
        assertThat(noChildren.getResponseBody()).contains("Please tell us about at least one child.");
        assertThat(door.get("/staff/night/door/booked").getResponseBody()).contains("already shown once");

        EntityExchangeResult<String> waiting = door.post("/staff/night/door", Map.of("date", date.toString(),
                "kind", "rest", "pseudonym", "Door Wait", "waitlist", "true", "idempotencyKey", Api.key()));
        assertThat(waiting.getStatus().value()).isEqualTo(303);
        assertThat(door.get("/staff/night/door/booked").getResponseBody()).contains("On the waiting list",
                "id=\"secret\"");
    }

    @Test
    void nightStaffBookChildcareWithAgeBandsAtTheDoor() {
        LocalDate date = Api.freshDate();
        NightClient.at(clock, date.atTime(12, 0));
        api.planNight(date, 2);
        String carer = "door-carer-" + date.getDayOfYear();
        String carer2 = "door-carer2-" + date.getDayOfYear();
        api.createStaff(carer, PASSWORD, "NIGHT_STAFF");
        api.createStaff(carer2, PASSWORD, "NIGHT_STAFF");
        new NightClient(api).roster(api.admin(), date, carer, carer2).expectStatus().isOk();
        Browser door = signedIn(date, "door-childcare", "MANAGER");
        door.get("/staff/night/door");
        EntityExchangeResult<String> booked = door.post("/staff/night/door", Map.of("date", date.toString(),
                "kind", "childcare", "pseudonym", "Door Parent", "child1", "Door Pip", "band1", "under2",
                "child2", "Door Sam", "band2", "threePlus", "idempotencyKey", Api.key()));
        assertThat(booked.getStatus().value()).isEqualTo(303);
        assertThat(door.get("/staff/night/door/booked").getResponseBody()).contains("id=\"secret\"")
                .doesNotContain("Door Pip");
        String board = door.get("/staff/night").getResponseBody();
        assertThat(board).contains("Door Parent", "Door Pip", "Door Sam");
        Map<?, ?> headroom = (Map<?, ?>) nights(date).get(0).get("childcareHeadroom");
        // two adults: ceil((1 + x) / 3 + 1 / 8) <= 2 leaves room for 4 more under 2
        assertThat(headroom.get("under2")).isEqualTo(4);
    }

    @Test
    void eachRoleReachesOnlyItsNightPages() {
        LocalDate date = Api.freshDate();
        Browser reception = signedIn(date, "night-pages-reception", "RECEPTION");
        for (String page : List.of("/staff/nights", "/staff/night/roster", "/staff/night/door",
                "/staff/night/door/booked")) {
            assertThat(reception.peek(page).status().value()).as(page).isEqualTo(403);
        }
        Browser night = signedIn(date, "night-pages-night", "NIGHT_STAFF");
        assertThat(night.peek("/staff/nights").status().value()).isEqualTo(403);
        assertThat(night.peek("/staff/night/roster").status().value()).isEqualTo(200);
        assertThat(api.browser().peek("/staff/night/door").status().value()).isEqualTo(302);
    }

    private int restFree(LocalDate date) {
        return ((Number) nights(date).get(0).get("restFree")).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> nights(LocalDate date) {
        return api.client().get().uri("/api/v1/nights?from={d}&to={d}", date, date).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<String> roster(LocalDate date) {
        return (List<String>) api.admin().get().uri("/api/v1/night-board").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().getOrDefault("childcareStaff", List.of());
    }
}
