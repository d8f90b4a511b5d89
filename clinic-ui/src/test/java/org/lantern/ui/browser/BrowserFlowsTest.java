package org.lantern.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The flows a person walks, in a real Chromium at phone size. */
@LanternIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(KeepsFailures.class)
class BrowserFlowsTest implements KeepsFailures.HasBrowser {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    ChromeDriver browser;

    /** One browser for the class: starting Chromium is the slow part on a small machine. */
    @BeforeAll
    void openBrowser() throws Exception {
        browser = Browser.start(390, 844);
    }

    @AfterEach
    void forgetThePerson() {
        clock.reset();
        if (browser != null) {
            browser.get(api.baseUrl() + "/");
            browser.manage().deleteAllCookies();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Override
    public ChromeDriver browser() {
        return browser;
    }

    @Test
    void aPersonBooksUnderAPseudonymThenLooksUpAndCancels() throws Exception {
        LocalDate date = Api.freshDate();
        api.schedule(date, "10:00", "10:30", 30, 1);
        clock.set(date.minusDays(1).atTime(22, 0).atZone(ZoneId.of("Europe/London")).toInstant());

        browser.get(api.baseUrl() + "/");
        assertThat(browser.getTitle()).isEqualTo("Appointments");
        Browser.screenshot(browser, "home");
        Browser.clickToNextPage(browser, By.linkText("Sexual health clinic"));
        Browser.clickToNextPage(browser, By.cssSelector("a.slot"));
        browser.findElement(By.id("pseudonym")).sendKeys("Marisol");
        Browser.screenshot(browser, "book-form");
        Browser.clickToNextPage(browser, By.cssSelector("#booking button[type=submit]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You are booked");
        String reference = browser.findElement(By.id("reference")).getText();
        String secret = browser.findElement(By.id("secret")).getText();
        Browser.screenshot(browser, "booked");
        assertThat(browser.getCurrentUrl()).doesNotContain(secret).doesNotContain("Marisol");

        browser.get(api.baseUrl() + "/my-booking");
        browser.findElement(By.id("reference")).sendKeys(reference.toLowerCase());
        browser.findElement(By.id("secret")).sendKeys(secret);
        Browser.clickToNextPage(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Booked");
        Browser.clickToNextPage(browser, By.cssSelector("form[action='/my-booking/cancel/ask'] button"));
        Browser.clickToNextPage(browser, By.cssSelector("form[action='/my-booking/cancel'] button"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your booking is cancelled");
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(1);
    }

    @Test
    void theBookingPageSpeaksSpanishWhenAsked() {
        browser.get(api.baseUrl() + "/?lang=es");
        assertThat(browser.getTitle()).isEqualTo("Citas");
        assertThat(browser.findElement(By.id("quick-exit")).getText()).isEqualTo("Salir ya");
    }

    @Test
    void quickExitLeavesAtOnceByButtonAndByEscape() {
        for (String page : List.of("/", "/book", "/my-booking", "/staff/sign-in")) {
            browser.get(api.baseUrl() + page);
            browser.findElement(By.id("quick-exit")).click();
            await().atMost(Duration.ofSeconds(20)).until(() -> !browser.getCurrentUrl().startsWith(api.baseUrl()));
        }
        browser.get(api.baseUrl() + "/my-booking");
        browser.findElement(By.id("reference")).sendKeys(Keys.ESCAPE);
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.getCurrentUrl().startsWith(api.baseUrl()));
    }

    @Test
    void receptionSeesABookingArriveWithoutReloading() throws Exception {
        LocalDate today = Api.freshDate();
        clock.set(today.atTime(7, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        String sessionId = api.schedule(today, "18:00", "18:30", 30, 3);
        String user = "frontdesk" + today.getDayOfYear();
        api.admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", user, "password", "front-desk-password", "roles", List.of("RECEPTION")))
                .exchange().expectStatus().isCreated();

        browser.get(api.baseUrl() + "/staff/sign-in");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("front-desk-password");
        Browser.clickToNextPage(browser, By.cssSelector("form button[type=submit]"));
        browser.get(api.baseUrl() + "/staff/dashboard");
        By booked = By.cssSelector("tr[data-session='" + sessionId + "'] td.booked");
        // the live stream redraws the table, so an element found a moment ago may be gone: look again each time
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> browser.findElement(booked).getText().equals("0"));

        String start = (String) api.availability("sexual-health", today, today).get(0).get("start");
        api.booked(sessionId, start, "Dashboard friend");
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                .until(() -> browser.findElement(booked).getText().equals("1"));
        Browser.screenshot(browser, "dashboard");
        assertThat(browser.getPageSource()).doesNotContain("Dashboard friend");
    }
}
