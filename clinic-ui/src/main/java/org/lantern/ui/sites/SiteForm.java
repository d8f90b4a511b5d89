package org.lantern.ui.sites;

import org.lantern.ui.web.LanguageResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.lantern.application.sites.SiteDirectory;
import org.lantern.application.sites.SiteDraft;
import org.springframework.util.MultiValueMap;

/**
 * The manager's site form as typed: opening hours and stops one a line ("MONDAY 10:00-16:00", "FRIDAY 22:00-23:30
 * Station approach"). A line that does not parse becomes a draft the site's rules refuse, with their kind sentence.
 */
public record SiteForm(String code, String kind, Map<String, String> names, String address, String hours, String stops) {

    static final SiteForm EMPTY = new SiteForm("", "drop-in", Map.of(), "", "", "");

    static SiteForm of(MultiValueMap<String, String> form) {
        return new SiteForm(value(form.getFirst("code")), value(form.getFirst("kind")), SitePages.names(form),
                value(form.getFirst("address")), value(form.getFirst("hours")), value(form.getFirst("stops")));
    }

    static SiteForm of(SiteDirectory.Site site) {
        return new SiteForm(site.code(), site.kind(), site.names(), site.address() == null ? "" : site.address(),
                site.hours().stream().map(h -> h.day() + " " + h.opens() + "-" + h.closes())
                        .collect(Collectors.joining("\n")),
                site.stops().stream().map(s -> s.day() + " " + s.start() + "-" + s.end() + " " + s.where())
                        .collect(Collectors.joining("\n")));
    }

    public String name(String language) {
        return names.getOrDefault(language, "");
    }

    SiteDraft draft() {
        List<SiteDraft.HoursDraft> opening = new ArrayList<>();
        for (String[] line : lines(hours, 2)) {
            String[] times = line[1].split("-", 2);
            opening.add(new SiteDraft.HoursDraft(weekday(line[0]), times[0], times.length > 1 ? times[1] : ""));
        }
        List<SiteDraft.StopDraft> van = new ArrayList<>();
        for (String[] line : lines(stops, 3)) {
            String[] times = line[1].split("-", 2);
            van.add(new SiteDraft.StopDraft(weekday(line[0]), times[0], times.length > 1 ? times[1] : "", line[2]));
        }
        return new SiteDraft(code, kind, names, address, opening, van);
    }

    /** Each non-blank line cut in {@code parts} at white space; missing parts are empty. */
    /**
     * A weekday as a manager types it, in any language the pages speak, in full or short ("lunes", "pon.", "周一",
     * "Mon"): its English name, which the directory keeps. A word that is no weekday goes on as typed, and the
     * site's check refuses it with a kind sentence.
     */
    static String weekday(String typed) {
        String word = typed.strip().toLowerCase(java.util.Locale.ROOT);
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            for (java.util.Locale locale : LanguageResolver.SUPPORTED) {
                for (java.time.format.TextStyle style : java.util.List.of(java.time.format.TextStyle.FULL,
                        java.time.format.TextStyle.SHORT)) {
                    String name = day.getDisplayName(style, locale).toLowerCase(locale);
                    String bareName = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
                    if (word.equals(name) || bare.equals(bareName)) {
                        return day.name();
                    }
                }
            }
        }
        return typed;
    }

    private static List<String[]> lines(String text, int parts) {
        List<String[]> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                String[] cut = line.strip().split("\\s+", parts);
                String[] full = new String[parts];
                for (int i = 0; i < parts; i++) {
                    full[i] = i < cut.length ? cut[i] : "";
                }
                full[0] = full[0].toUpperCase(Locale.ROOT);
                lines.add(full);
            }
        }
        return lines;
    }

    private static String value(String raw) {
        return raw == null ? "" : raw;
    }
}
