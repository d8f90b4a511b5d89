package org.lantern.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.openqa.selenium.By;

/** Reception books for a person at the desk, passes on the codes, then looks the booking up and cancels it. */
@LanternIntegrationTest
class ReceptionDeskBrowserTest extends StaffBrowserTest {

    static final String PASSWORD = "desk browser password";

    @Test
    void receptionBooksForAPersonAtTheDeskThenLooksItUpAndCancelsIt() throws Exception {
        LocalDate date = Api.freshDate();
        api.schedule(date, "10:00", "10:30", 30, 1);
        clockAt(date, LocalTime.of(8, 30));
        String user = "deskbrowser" + date.getDayOfYear();
        api.createStaff(user, PASSWORD, "RECEPTION");

        signIn(user, PASSWORD);
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
