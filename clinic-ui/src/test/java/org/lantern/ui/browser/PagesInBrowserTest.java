package org.lantern.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Every public and staff page in a real Chromium, at a phone's size and a desktop's, as a person walks them:
 * axe-core finds no serious or critical problem on any of them, the quick exit is always fully on the screen (also
 * with text at 200%), the focus ring shows, and a booking can be made with the keyboard alone. One browser for the
 * whole class (browsers are slow to start on a small machine); a failure keeps the page under target/.
 */
@LanternIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KeepsFailures.class)
class PagesInBrowserTest implements KeepsFailures.HasBrowser {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    ChromeDriver browser;
    LocalDate date;
    String session;
    String counsellor;
    final List<String> courseIds = new ArrayList<>();
    final Map<String, List<Axe.Violation>> problems = new LinkedHashMap<>();

    @Override
    public ChromeDriver browser() {
        return browser;
    }

    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browser.start(PHONE.width, PHONE.height);
        date = Api.freshDate();
        // the evening before: the sessions of the fresh date are the ones a person sees first
        clock.set(date.minusDays(1).atTime(21, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        session = api.schedule(date, "10:00", "12:00", 30, 20);
        api.schedule("police-clinic", date, "14:00", "15:00", 30, 2);
        api.schedule("counselling", date, "16:00", "16:50", 50, 1);
        api.planNight(date, 4);
        // a counselling course of the browser's own counsellor, on the fresh date: its sessions clash with nothing
        counsellor = "browser-counsellor-" + System.nanoTime() % 100000;
        api.createStaff(counsellor, "browser course password 1", "COUNSELLOR");
        // one place a session: a course for each size
        for (String start : List.of("18:00", "19:00")) {
            courseIds.add((String) api.admin().post().uri("/api/v1/courses")
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("counsellor", counsellor, "firstDate", date.toString(), "start", start,
                            "weeks", 2))
                    .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                    .get("courseId"));
        }
    }

    @AfterAll
    void closeBrowser() {
        clock.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPublicPageAtPhoneAndDesktopSizeHasNoSeriousAccessibilityProblem() {
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            browser.manage().window().setSize(size);
            String at = size == PHONE ? "phone" : "desktop";
            for (String path : List.of("/", "/book?list=1", "/book?list=2", "/book?list=3", "/my-booking",
                    "/night/book", "/privacy", "/waiting-room", "/ticket", "/no-such-page", "/?lang=zh", "/?lang=ro",
                    "/?lang=pl", "/courses", "/partners", "/sites", "/sites?lang=zh", "/book?list=1&site=drop-in")) {
                open(path);
                look(at + " " + path, true);
            }
            open("/book?list=1");
            Browser.clickToNextPage(browser, By.cssSelector("a.slot"));
            look(at + " booking form", true);
            browser.findElement(By.id("pseudonym")).sendKeys("Walker " + at);
            Browser.clickToNextPage(browser, By.cssSelector("#booking button[type=submit]"));
            look(at + " booked", true);
            String reference = browser.findElement(By.id("reference")).getText();
            String secret = browser.findElement(By.id("secret")).getText();
            assertThat(secret).matches("\\w{5} \\w{5}");
            Browser.clickToNextPage(browser, By.cssSelector("footer button[lang=es]"));
            assertThat(browser.findElement(By.id("secret")).getText()).as("the secret in Spanish").isEqualTo(secret);
            browser.navigate().refresh();
            look(at + " booked, shown already", true);
            assertThat(browser.getPageSource()).doesNotContain(secret);
            open("/my-booking?lang=en");
            browser.findElement(By.id("reference")).sendKeys(reference.toLowerCase());
            browser.findElement(By.id("secret")).sendKeys("wrong");
            Browser.clickToNextPage(browser, By.cssSelector("main form button[type=submit]"));
            look(at + " look-up missed", true);
            browser.findElement(By.id("show-secret")).click();
            assertThat(browser.findElement(By.id("secret")).getAttribute("type")).isEqualTo("text");
            browser.findElement(By.id("secret")).sendKeys(secret.toLowerCase().replace(' ', '-'));
            Browser.clickToNextPage(browser, By.cssSelector("main form button[type=submit]"));
            look(at + " booking found", true);
            Browser.clickToNextPage(browser, By.cssSelector("form[action='/my-booking/cancel/ask'] button"));
            look(at + " cancel, asked", true);
            Browser.clickToNextPage(browser, By.cssSelector("form[action='/my-booking/cancel'] button"));
            look(at + " cancelled", true);

            open("/night/book");
            browser.findElements(By.cssSelector("input[name=date]")).get(0).click();
            browser.findElement(By.id("pseudonym")).sendKeys("Night " + at);
            Browser.clickToNextPage(browser, By.cssSelector("main form button[type=submit]"));
            look(at + " night booked", true);
            assertThat(browser.getCurrentUrl()).endsWith("/night/done");
            String nightSecret = browser.findElement(By.id("secret")).getText();
            browser.navigate().refresh();
            assertThat(browser.getPageSource()).doesNotContain(nightSecret);

            // a whole course
            open("/courses");
            browser.findElement(By.cssSelector("input[name=courseId][value='" + courseIds.get(size == PHONE ? 0 : 1)
                    + "']")).click();
            browser.findElement(By.id("pseudonym")).sendKeys("Course " + at);
            Browser.clickToNextPage(browser, By.cssSelector("main form button[type=submit]"));
            assertThat(browser.getCurrentUrl()).endsWith("/courses/done");
            look(at + " course booked", true);
            String courseReference = browser.findElement(By.id("reference")).getText();
            String courseSecret = browser.findElement(By.id("secret")).getText();
            browser.navigate().refresh();
            look(at + " course booked, shown already", true);
            assertThat(browser.getPageSource()).doesNotContain(courseSecret);
            open("/my-booking?lang=en");
            browser.findElement(By.id("reference")).sendKeys(courseReference);
            browser.findElement(By.id("secret")).sendKeys(courseSecret);
            Browser.clickToNextPage(browser, By.cssSelector("main form button[type=submit]"));
            look(at + " course found", true);
        }
        assertThat(problems).as("serious or critical axe-core findings, by page").isEmpty();
    }

    @Test
    void everyStaffPageAtPhoneAndDesktopSizeHasNoSeriousAccessibilityProblem() {
        LocalDate rotaDay = Api.freshDate();
        api.admin().post().uri("/api/v1/rotas").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "counselling", "weekdays", List.of(rotaDay.getDayOfWeek().name()),
                        "start", "16:00", "end", "16:50", "slotMinutes", 50, "placesPerSlot", 1,
                        "from", rotaDay.toString(), "weeks", 1))
                .exchange().expectStatus().isCreated();
        Map<String, Object> cancelled = api.booked(session, start(), "Cancelled row");
        api.client().delete().uri("/api/v1/bookings/{r}", cancelled.get("reference"))
                .header("Booking-Secret", (String) cancelled.get("secret")).exchange().expectStatus().isNoContent();
        api.booked(session, start(), "Booked row");
        signInAsManager();
        for (Dimension size : List.of(PHONE, DESKTOP)) {
            browser.manage().window().setSize(size);
            String at = size == PHONE ? "phone" : "desktop";
            for (String path : List.of("/staff", "/staff/sessions", "/staff/day-list?date=" + date
                            + "&service=sexual-health", "/staff/dashboard", "/staff/board",
                    "/staff/walk-ins?service=sexual-health", "/staff/night", "/staff/accounts", "/staff/audit",
                    "/staff/erasure", "/staff/password", "/staff/nothing-here", "/staff/desk", "/staff/nights",
                    "/staff/night/roster", "/staff/night/door", "/staff/courses", "/staff/rotas",
                    "/staff/statistics", "/staff/partners", "/staff/services", "/staff/drop-in", "/staff/untold",
                    "/staff/sites", "/staff/board?site=night-centre")) {
                open(path);
                look(at + " " + path, false);
            }
            // the step that shows what cancelling a weekly pattern from a date would do, before it is done
            open("/staff/rotas");
            browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true);"
                    + "document.querySelector(\"form[action$='/cancel/ask'] [name=reason]\").value ="
                    + " 'The room is needed that day';");
            Browser.clickToNextPage(browser, By.cssSelector("form[action$='/cancel/ask'] button[type=submit]"));
            look(at + " /staff/rotas/{id}/cancel/ask", false);
        }
        assertThat(problems).as("serious or critical axe-core findings, by page").isEmpty();
    }

    /** The checks themselves: axe finds a real problem, or "no problem" on every page would prove nothing. */
    @Test
    void axeFindsAProblemWhereThereIsOne() {
        browser.get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><body><main>"
                + "<img src=x.png><input type=text><p style='color:%23aaa;background:%23fff'>faint</p></main></body></html>");
        assertThat(Axe.serious(browser)).extracting(Axe.Violation::rule).contains("image-alt", "label");
    }

    /** Issue 13, item 11: a button focused from the keyboard shows a ring as wide as the CSS says. */
    @Test
    void aFocusedButtonShowsAClearRing() {
        signInAsManager();
        open("/staff/day-list?date=" + date + "&service=sexual-health");
        WebElement show = browser.findElement(By.cssSelector("form.inline-form button"));
        tabUntil(show);
        assertThat(browser.executeScript("return getComputedStyle(document.activeElement).outlineStyle"))
                .isEqualTo("solid");
        assertThat(browser.executeScript("return getComputedStyle(document.activeElement).outlineWidth"))
                .isEqualTo("3px");
        assertThat((String) browser.executeScript("return getComputedStyle(document.activeElement).boxShadow"))
                .contains("6px");
    }

    /** Issue 13, item 8: with text at 200%, "Leave now" is still whole on a phone's screen, on every public page. */
    @Test
    void theQuickExitIsWhollyOnAPhoneScreenWithTextAt200Percent() {
        browser.manage().window().setSize(PHONE);
        for (String path : List.of("/", "/book?list=2", "/my-booking", "/privacy", "/night/book", "/ticket",
                "/?lang=ro", "/?lang=pl", "/?lang=pt")) {
            open(path);
            browser.executeScript("document.documentElement.style.fontSize = '200%'");
            Map<?, ?> box = (Map<?, ?>) browser.executeScript("""
                    var r = document.getElementById('quick-exit').getBoundingClientRect();
                    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                            width: document.documentElement.clientWidth, height: window.innerHeight};""");
            assertThat(number(box, "left")).as("%s: left", path).isGreaterThanOrEqualTo(0);
            assertThat(number(box, "top")).as("%s: top", path).isGreaterThanOrEqualTo(0);
            assertThat(number(box, "right")).as("%s: right", path).isLessThanOrEqualTo(number(box, "width"));
            assertThat(number(box, "bottom")).as("%s: bottom", path).isLessThanOrEqualTo(number(box, "height"));
        }
    }

    /** The keyboard-only booking: Tab and Enter from the start page to "You are booked". */
    @Test
    void aPersonBooksWithTheKeyboardAlone() {
        browser.manage().window().setSize(PHONE);
        open("/?lang=en");
        tabUntil(browser.findElement(By.linkText("Sexual health clinic")));
        pressToNextPage(Keys.ENTER);
        tabUntil(browser.findElements(By.cssSelector("a.slot")).get(0));
        pressToNextPage(Keys.ENTER);
        tabUntil(browser.findElement(By.id("pseudonym")));
        new Actions(browser).sendKeys("Keys Only").perform();
        pressToNextPage(Keys.ENTER);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You are booked");
        assertThat(browser.findElement(By.id("secret")).getText()).isNotBlank();
    }

    private void tabUntil(WebElement target) {
        for (int i = 0; i < 60; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (target.equals(browser.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target);
    }

    private void pressToNextPage(Keys key) {
        WebElement page = browser.findElement(By.tagName("html"));
        new Actions(browser).sendKeys(key).perform();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    private void signInAsManager() {
        open("/staff/sign-in");
        if (browser.getCurrentUrl().endsWith("/staff/sign-in")) {
            browser.findElement(By.id("username")).sendKeys(LanternIntegrationTest.ADMIN);
            browser.findElement(By.id("password")).sendKeys(LanternIntegrationTest.ADMIN_PASSWORD);
            Browser.clickToNextPage(browser, By.cssSelector("main form button[type=submit]"));
        }
    }

    private String start() {
        return (String) api.availability("sexual-health", date, date).get(0).get("start");
    }

    private void open(String path) {
        browser.get(api.baseUrl() + path);
    }

    /** axe-core on the page shown now; the quick exit on a public one. Findings are kept, with the page. */
    private void look(String name, boolean isPublic) {
        if (isPublic) {
            assertThat(browser.findElements(By.id("quick-exit"))).as("%s: the quick exit", name).hasSize(1);
        }
        List<Axe.Violation> found = Axe.serious(browser);
        if (!found.isEmpty()) {
            problems.put(name, new ArrayList<>(found));
            KeepsFailures.keep(browser, "axe " + name);
        }
    }

    private static double number(Map<?, ?> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
