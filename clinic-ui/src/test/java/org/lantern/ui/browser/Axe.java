package org.lantern.ui.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, Deque's accessibility engine, run inside the page the browser shows. The script is the one Deque
 * ships in its Selenium jar on Maven Central, read from the test class path: nothing is fetched at run time.
 */
final class Axe {

    /** The impacts that fail a page; minor and moderate findings are left to a person's judgement. */
    static final Set<String> FAILING = Set.of("serious", "critical");
    private static final String SCRIPT = load();

    private Axe() {
    }

    record Violation(String rule, String impact, String help, List<String> where) {

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + where;
        }
    }

    /** The serious and critical violations on the page now shown. */
    @SuppressWarnings("unchecked")
    static List<Violation> serious(ChromeDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(SCRIPT);
        Object found = browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (result) {
                  done(result.violations.map(function (v) {
                    return {rule: v.id, impact: v.impact || '', help: v.help,
                            where: v.nodes.map(function (n) { return n.target.join(' '); })};
                  }));
                }).catch(function (e) { done([{rule: 'axe-error', impact: 'critical', help: String(e), where: []}]); });
                """);
        return ((List<Map<String, Object>>) found).stream().map(v -> new Violation((String) v.get("rule"),
                        (String) v.get("impact"), (String) v.get("help"), (List<String>) v.get("where")))
                .filter(v -> FAILING.contains(v.impact())).toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test class path "
                        + "(com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
