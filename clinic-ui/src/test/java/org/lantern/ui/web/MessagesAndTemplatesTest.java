package org.lantern.ui.web;

import org.lantern.domain.dropin.DropInRefusal;
import org.lantern.domain.dropin.VisitReason;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lantern.application.booking.BookingNotFound;
import org.lantern.domain.diary.DiaryRefusal;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.course.CourseRefusal;
import org.lantern.domain.nightcentre.NightRefusal;
import org.lantern.application.reception.ReceptionRefusal;
import org.lantern.domain.session.SessionRefusal;

/**
 * Rule 7 and the house style: every word a person reads comes from the message bundles, in every language we
 * offer, and no template holds text of its own.
 */
class MessagesAndTemplatesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path SOURCES = Path.of("src/main/java");
    static final List<String> LANGUAGES = List.of("", "_es", "_pt", "_ro", "_pl", "_zh");

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesAndTemplatesTest.class.getResourceAsStream("/i18n/messages" + suffix
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        for (String language : LANGUAGES) {
            Set<String> keys = bundle(language).stringPropertyNames();
            assertThat(keys).as("keys of messages%s", language).containsExactlyInAnyOrderElementsOf(english);
            bundle(language).forEach((k, v) -> assertThat((String) v).as("%s%s", k, language).isNotBlank());
        }
    }

    /** The switcher offers exactly the languages that have a bundle, and each one names itself in its own words. */
    @Test
    void everyLanguageOfferedHasABundleAndEveryBundleIsOffered() throws IOException {
        assertThat(LanguageResolver.CODES).containsExactlyInAnyOrderElementsOf(LANGUAGES.stream()
                .map(l -> l.isEmpty() ? "en" : l.substring(1)).toList());
        for (String code : LanguageResolver.CODES) {
            assertThat(bundle("").getProperty("language." + code)).as("language.%s", code).isNotBlank();
        }
    }

    /** A translation uses the same placeholders as the English, or a person reads a wrong number or a "{0}". */
    @Test
    void everyTranslationKeepsThePlaceholders() throws IOException {
        Properties english = bundle("");
        Pattern placeholder = Pattern.compile("\\{(\\d)");
        for (String language : LANGUAGES) {
            Properties translated = bundle(language);
            for (String key : english.stringPropertyNames()) {
                assertThat(matches(placeholder, translated.getProperty(key, ""))).as("%s%s", key, language)
                        .isEqualTo(matches(placeholder, english.getProperty(key)));
            }
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyKeyTheCodeAndTemplatesNameExists() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        for (SessionRefusal.Reason r : SessionRefusal.Reason.values()) {
            named.add(new SessionRefusal(r).messageKey());
        }
        for (DiaryRefusal.Reason r : DiaryRefusal.Reason.values()) {
            named.add(new DiaryRefusal(r).messageKey());
        }
        for (NightRefusal.Reason r : NightRefusal.Reason.values()) {
            named.add(new NightRefusal(r).messageKey());
        }
        for (CourseRefusal.Reason r : CourseRefusal.Reason.values()) {
            named.add(new CourseRefusal(r).messageKey());
        }
        named.add("refused.COURSE_CLASH");
        for (DropInRefusal.Reason r : DropInRefusal.Reason.values()) {
            named.add(new DropInRefusal(r).messageKey());
        }
        for (VisitReason r : VisitReason.values()) {
            named.add("visit." + r.code());
        }
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            named.add("weekday." + day);
        }
        named.addAll(List.of("staff.untold.why.no-contact", "staff.untold.why.not-delivered",
                "notice.cancelled.discreet", "notice.cancelled.named", "notice.moved.discreet", "notice.moved.named"));
        for (ReceptionRefusal.Reason r : ReceptionRefusal.Reason.values()) {
            named.add(new ReceptionRefusal(r).messageKey());
        }
        for (BookingStatus status : BookingStatus.values()) {
            named.add("status." + status.code());
        }
        named.add(new BookingNotFound().messageKey());
        // a service's name is the catalogue's (the bundles' parent); the seeded ones keep their own wordings
        for (org.lantern.domain.booking.CatalogueEntry s : org.lantern.infra.catalogue.CatalogueSeed.read()) {
            named.addAll(List.of("book.choose." + s.code(), "book.heading." + s.code()));
        }
        named.addAll(List.of("service.private", "status.booked", "status.cancelled"));
        named.addAll(matches(SOURCES, Pattern.compile("InvalidInputException\\(\"([a-z0-9.-]+)\"\\)")));
        named.addAll(matches(SOURCES, Pattern.compile("\"(problem\\.[a-z0-9.-]+)\"")));
        named.addAll(matches(TEMPLATES, Pattern.compile("#\\{([a-z0-9.-]+)[}(]")));
        assertThat(english).containsAll(named);
    }

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void noTemplateHoldsTextOfItsOwn(Path template) throws IOException {
        String html = Files.readString(template);
        String text = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<[^>]*>", " ").replaceAll("&[a-z]+;", " ");
        assertThat(text.strip()).as("text outside message keys in %s", template).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void noTemplateHasInlineScriptOrStyle(Path template) throws IOException {
        String html = Files.readString(template);
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bth:src=)[^>]*>")
                .doesNotContainPattern("\\son[a-z]+=")
                .doesNotContainPattern("\\sstyle=")
                .doesNotContain("<style");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void pageTitlesAreDiscreet(Path template) throws IOException {
        String html = Files.readString(template);
        Matcher title = Pattern.compile("<title[^>]*>").matcher(html);
        while (title.find()) {
            assertThat(title.group()).contains("#{app.title}");
        }
        for (String language : LANGUAGES) {
            String pageTitle = bundle(language).getProperty("app.title").toLowerCase();
            assertThat(Arrays.asList("sex", "sexual", "police", "clinic", "health", "counsel", "std", "sti", "hiv"))
                    .noneMatch(pageTitle::contains);
        }
    }

    private static Set<String> matches(Path root, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
