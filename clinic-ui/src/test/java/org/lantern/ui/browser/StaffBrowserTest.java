package org.lantern.ui.browser;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.lantern.ui.Api;
import org.lantern.ui.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A staff member's flow in a real Chromium: a browser for each test at desktop size, the centre's clock set to
 * a moment of the test's day (and put back after), and the sign-in page walked through.
 */
abstract class StaffBrowserTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        clock.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    /** The centre's clock at this time of that day, in the centre's time zone. */
    void clockAt(LocalDate date, LocalTime time) {
        clock.set(date.atTime(time).atZone(ZoneId.of("Europe/London")).toInstant());
    }

    /** Signs in on the staff sign-in page, and waits for the page it leads to. */
    void signIn(String username, String password) {
        browser.get(api.baseUrl() + "/staff/sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        Browser.clickToNextPage(browser, By.cssSelector("form button[type=submit]"));
    }
}
