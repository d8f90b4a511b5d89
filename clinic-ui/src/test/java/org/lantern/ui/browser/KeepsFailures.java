package org.lantern.ui.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * When a browser test fails, the page it was on is kept under target/browser-failures: a screenshot and the HTML
 * as the browser has it, named after the test, for the person who reads the failure (locally or as a CI artifact).
 */
final class KeepsFailures implements TestWatcher {

    static final Path DIR = Path.of("target", "browser-failures");

    /** A test class whose browser can be looked at after a failure. */
    interface HasBrowser {
        ChromeDriver browser();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (context.getTestInstance().orElse(null) instanceof HasBrowser test && test.browser() != null) {
            keep(test.browser(), context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }

    /** Keeps what the browser shows now as NAME.png and NAME.html; a failure to keep it never hides the test's. */
    static void keep(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(DIR);
            String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
            Files.write(DIR.resolve(safe + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            Files.writeString(DIR.resolve(safe + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not keep the failed page " + name + ": " + e);
        }
    }
}
