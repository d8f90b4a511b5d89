package org.lantern.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Issue 13, items 3, 4 and 12: messages only when true, a public not-found page, staff pages in plain words. */
@LanternIntegrationTest
class StaffPagesTest {

    static final String PASSWORD = "staff-pages-password";

    @Autowired
    Api api;

    @Test
    void theSignInPageSaysNothingWrongOnAFirstVisit() {
        String first = api.browser().get("/staff/sign-in").getResponseBody();
        String failed = api.browser().get("/staff/sign-in?error").getResponseBody();
        String out = api.browser().get("/staff/sign-in?logout").getResponseBody();

        assertThat(first).doesNotContain("did not match").doesNotContain("You have signed out");
        assertThat(failed).contains("did not match").doesNotContain("You have signed out");
        assertThat(out).contains("You have signed out").doesNotContain("did not match");
    }

    @Test
    void staffHomeSaysThePasswordChangedOnlyAfterAChange() {
        Browser browser = api.browser();
        browser.signIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        assertThat(browser.get("/staff").getResponseBody()).doesNotContain("Your password is changed");
        assertThat(browser.get("/staff?password-changed").getResponseBody()).contains("Your password is changed");
    }

    @Test
    void aMistypedPublicAddressIsAKindNotFoundPageWithTheQuickExit() {
        var answer = api.browser().get("/bok");
        assertThat(answer.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getResponseBody()).contains("id=\"quick-exit\"").contains("We could not find that page")
                .doesNotContain("did not match").doesNotContain("Staff sign-in");
        assertThat(api.browser().peek("/staff/nothing-here").status().value()).isEqualTo(302);
    }

    @Test
    void aRefusedStaffPageKeepsTheStaffLayoutAndLeadsBackToStaffHome() {
        String user = "pages-reception-" + LocalDate.now().getDayOfYear() + "-" + System.nanoTime() % 100000;
        api.createStaff(user, PASSWORD, "RECEPTION");
        Browser browser = api.browser();
        browser.signIn(user, PASSWORD);
        var refused = browser.get("/staff/sessions");

        assertThat(refused.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getResponseBody()).contains("class=\"staff-bar\"").contains("href=\"/staff\"")
                .doesNotContain("id=\"quick-exit\"").doesNotContain("Back to the start");
    }

    @Test
    void sessionsShowLocalDatesAnd24HourTimesAndADuplicateIsRefused() {
        LocalDate date = Api.freshDate();
        Browser browser = api.browser();
        browser.signIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        browser.get("/staff/sessions?lang=es");
        Map<String, String> form = Map.of("service", "counselling", "date", date.toString(), "start", "17:00",
                "end", "17:50", "slotMinutes", "50", "placesPerSlot", "1", "clinician", "");
        assertThat(browser.post("/staff/sessions", form).getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        var twice = browser.post("/staff/sessions", form);
        String page = browser.get("/staff/sessions").getResponseBody();

        assertThat(twice.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getResponseBody()).contains("Esa sesión ya existe");
        assertThat(page).doesNotContain("type=\"time\"");
        Matcher cells = Pattern.compile("<td>([^<]*)</td>").matcher(page);
        while (cells.find()) {
            assertThat(cells.group(1)).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                    .doesNotContainPattern("(?i)\\d\\s*[ap]m");
        }
    }

    @Test
    void aBadDateOnTheDayListIsSaidNotReplacedByToday() {
        Browser browser = api.browser();
        browser.signIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        var answer = browser.get("/staff/day-list?date=2026-13-45&service=sexual-health");
        assertThat(answer.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getResponseBody()).contains("Please give the date as YYYY-MM-DD");
    }

    @Test
    void theAccountsFormReportsEveryProblemAtOnce() {
        Browser browser = api.browser();
        browser.signIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        browser.get("/staff/accounts");
        var answer = browser.post("/staff/accounts", Map.of("username", "X", "password", "short"));

        assertThat(answer.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getResponseBody()).contains("Usernames are 3 to 40").contains("at least one known role")
                .contains("12 to 128 characters");
    }

    @Test
    void theAuditPageShowsLocalTimesAndRolesInPlainWords() {
        String user = "pages-audit-" + System.nanoTime() % 1000000;
        api.createStaff(user, PASSWORD, "MANAGER", "RECEPTION");
        Browser browser = api.browser();
        browser.signIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        String page = browser.get("/staff/audit").getResponseBody();

        assertThat(page).doesNotContain("roles=").doesNotContain("(UTC)").contains("Manager, Reception");
        assertThat(page).doesNotContainPattern("<td>\\d{4}-\\d{2}-\\d{2}T");
    }
}
