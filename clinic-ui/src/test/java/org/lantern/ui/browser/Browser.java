package org.lantern.ui.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium through its chromedriver, both found without Selenium ever downloading anything: named by
 * the system properties {@code lantern.chromium} and {@code lantern.chromedriver} (or the environment variables
 * {@code LANTERN_CHROMIUM}, {@code LANTERN_CHROMEDRIVER}), else looked up on the PATH (Debian's {@code chromium},
 * Ubuntu's {@code chromium-browser}, Google's {@code google-chrome}; {@code chromedriver}). Without them the
 * browser tests are skipped, unless {@code lantern.browser-tests=required} (CI) makes that a failure.
 */
final class Browser {

    static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");

    private Browser() {
    }

    static Optional<File> chromium() {
        return named("lantern.chromium", "LANTERN_CHROMIUM").orElseGet(() -> BROWSERS.stream()
                .map(Browser::onPath).flatMap(Optional::stream).findFirst());
    }

    static Optional<File> driver() {
        return named("lantern.chromedriver", "LANTERN_CHROMEDRIVER").orElseGet(() -> onPath("chromedriver"));
    }

    /** Empty when not named; a named file that cannot run is not found (no quiet fall-back to the PATH). */
    private static Optional<Optional<File>> named(String property, String variable) {
        String name = System.getProperty(property, System.getenv(variable));
        return name == null || name.isBlank() ? Optional.empty()
                : Optional.of(Optional.of(new File(name)).filter(File::canExecute));
    }

    private static Optional<File> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(dir -> new File(dir, name))
                .filter(File::canExecute).findFirst();
    }

    static ChromeDriver start(int width, int height) throws IOException {
        Optional<File> chromium = chromium();
        Optional<File> driver = driver();
        boolean found = chromium.isPresent() && driver.isPresent();
        if (!found && "required".equals(System.getProperty("lantern.browser-tests"))) {
            throw new IllegalStateException("lantern.browser-tests=required, but no Chromium (" + chromium
                    + ") or chromedriver (" + driver + ") was found: set lantern.chromium and lantern.chromedriver");
        }
        Assumptions.assumeTrue(found, "no Chromium and chromedriver found (lantern.chromium, lantern.chromedriver, "
                + "or on the PATH)");
        Path profile = Files.createTempDirectory("lantern-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                        "--window-size=" + width + "," + height, "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return browser;
    }

    /**
     * Clicks something that loads another page and waits until that page has replaced this one. Without the
     * wait, a look-up straight after the click can find an element of the old page, which then goes stale.
     */
    static void clickToNextPage(ChromeDriver driver, By target) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> isGone(page));
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }

    /** Keeps a picture of the page under target/screenshots, to look at what a person sees. */
    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
