package org.lantern.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** Reception books for a person at the desk, passes on the codes, then looks the booking up and cancels it. */
@LanternIntegrationTest
class ReceptionDeskBrowserTest {

    static final String PASSWORD = "desk browser password";

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

    @Test
    void receptionBooksForAPersonAtTheDeskThenLooksItUpAndCancelsIt() throws Exception {
        LocalDate date = Api.freshDate();
        api.schedule(date, "10:00", "10:30", 30, 1);
        clock.set(date.atTime(8, 30).atZone(ZoneId.of("Europe/London")).toInstant());
        String user = "deskbrowser" + date.getDayOfYear();
        api.createStaff(user, PASSWORD, "RECEPTION");

        browser.get(api.baseUrl() + "/staff/sign-in");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        Browser.clickToNextPage(browser, By.cssSelector("form button[type=submit]"));
        Browser.clickToNextPage(browser, By.linkText("Desk: book, look up, cancel"));
        browser.findElement(By.cssSelector("input[name=slot]")).click();
        browser.findElement(By.id("pseudonym")).sendKeys("Desk Browser Bea");
        Browser.screenshot(browser, "desk-book");
        Browser.clickToNextPage(browser, By.cssSelector("form[action='/staff/desk/book'] button"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Booked");
        String reference = browser.findElement(By.id("reference")).getText();
        String secret = browser.findElement(By.id("secret")).getText();
        Browser.screenshot(browser, "desk-booked");
        assertThat(browser.getCurrentUrl()).endsWith("/staff/desk/booked").doesNotContain(secret);
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(0);
        browser.navigate().refresh();
        assertThat(browser.getPageSource()).doesNotContain(secret).contains("already shown once");

        browser.get(api.baseUrl() + "/staff/desk");
        browser.findElement(By.id("reference")).sendKeys(reference.toLowerCase());
        Browser.clickToNextPage(browser, By.cssSelector("form[action='/staff/desk/booking'] button"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Booked");
        assertThat(browser.getPageSource()).contains("Desk Browser Bea");
        Browser.clickToNextPage(browser, By.id("cancel"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cancel this booking?");
        Browser.screenshot(browser, "desk-cancel");
        Browser.clickToNextPage(browser, By.cssSelector("form[action='/staff/desk/booking/cancel'] button"));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("cancelled");
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(1);
    }
}
