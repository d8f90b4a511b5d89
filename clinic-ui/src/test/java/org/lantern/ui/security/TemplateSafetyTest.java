package org.lantern.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy forbids inline script and style; this keeps the templates within it, and keeps
 * every value rendered as escaped text (no th:utext).
 */
class TemplateSafetyTest {

    static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\s(style|th:style|on[a-z]+|th:on[a-z]+|th:utext|data-th-utext)\\s*=|<style\\b|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptInlineStyleOrUnescapedText() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(templates).hasSizeGreaterThan(10);
        for (Path template : templates) {
            String html = Files.readString(template);
            Matcher script = SCRIPT.matcher(html);
            while (script.find()) {
                if (!script.group(1).contains("src=")) {
                    problems.add(template + ": inline <script>");
                }
            }
            Matcher forbidden = FORBIDDEN.matcher(html);
            while (forbidden.find()) {
                problems.add(template + ": " + forbidden.group().strip());
            }
        }
        assertThat(problems).isEmpty();
    }
}
