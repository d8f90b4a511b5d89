package org.lantern.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A manager sets up tonight on the page, puts two night staff on the roster, and books childcare at the door. */
@LanternIntegrationTest
class NightPagesBrowserTest extends StaffBrowserTest {

    static final String PASSWORD = "night browser password";

    @Test
    void aManagerSetsUpTonightRostersTwoStaffAndBooksChildcareAtTheDoor() throws Exception {
        LocalDate date = Api.freshDate();
        clockAt(date, LocalTime.of(12, 0));
        String user = "nightbrowser" + date.getDayOfYear();
        api.createStaff(user, PASSWORD, "MANAGER");
        api.createStaff("carer-a-" + date.getDayOfYear(), PASSWORD, "NIGHT_STAFF");
        api.createStaff("carer-b-" + date.getDayOfYear(), PASSWORD, "NIGHT_STAFF");

        signIn(user, PASSWORD);
        Browser.clickToNextPage(browser, By.linkText("Nights"));
        browser.findElement(By.id("restPlaces")).clear();
        browser.findElement(By.id("restPlaces")).sendKeys("4");
        Browser.clickToNextPage(browser, By.cssSelector("form[action='/staff/nights'] button"));
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("The night is saved.");
        Browser.screenshot(browser, "nights");

        browser.get(api.baseUrl() + "/staff/night/roster?date=" + date);
        browser.findElement(By.cssSelector("input[value='carer-a-" + date.getDayOfYear() + "']")).click();
        browser.findElement(By.cssSelector("input[value='carer-b-" + date.getDayOfYear() + "']")).click();
        Browser.clickToNextPage(browser, By.cssSelector("form[action='/staff/night/roster'] button"));
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("The roster is saved.");
        Browser.screenshot(browser, "roster");

        browser.get(api.baseUrl() + "/staff/night/door");
        browser.findElement(By.cssSelector("input[name=kind][value=childcare]")).click();
        browser.findElement(By.id("pseudonym")).sendKeys("Door Browser Dani");
        browser.findElement(By.id("child1")).sendKeys("Little Lou");
        new Select(browser.findElement(By.id("band1"))).selectByValue("two");
        Browser.screenshot(browser, "night-door");
        Browser.clickToNextPage(browser, By.cssSelector("form[action='/staff/night/door'] button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Booked");
        assertThat(browser.findElement(By.id("secret")).getText()).hasSize(10);
        Browser.screenshot(browser, "night-door-booked");

        browser.get(api.baseUrl() + "/staff/night");
        assertThat(browser.getPageSource()).contains("Little Lou", "Door Browser Dani");
    }
}
