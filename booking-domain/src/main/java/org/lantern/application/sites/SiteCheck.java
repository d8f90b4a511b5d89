package org.lantern.application.sites;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.sites.SiteDirectory.Hours;
import org.lantern.application.sites.SiteDirectory.Site;
import org.lantern.application.sites.SiteDirectory.Stop;

/**
 * The rules of a site, checked whole so that bad input keeps nothing: a lowercase code, a kind Lantern knows, an
 * English name (others optional, in languages Lantern speaks), an address (the van may have none), opening hours
 * that do not overlap on a day, and stops for the van alone.
 */
final class SiteCheck {

    static final String OUTREACH = "outreach";
    static final List<String> KINDS = List.of("drop-in", "night-centre", OUTREACH);
    static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_CODE = 30;
    private static final int MAX_HOURS = 28;
    private static final int MAX_STOPS = 35;
    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}<>]+");

    private final List<String> languages;

    SiteCheck(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    Site checked(SiteDraft d) {
        String code = d.code() == null ? "" : d.code().strip();
        if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("error.site-code");
        }
        if (d.kind() == null || !KINDS.contains(d.kind().strip())) {
            throw new InvalidInputException("error.site-kind");
        }
        String kind = d.kind().strip();
        boolean van = OUTREACH.equals(kind);
        String address = d.address() == null || d.address().isBlank() ? null
                : text(d.address(), 200, "error.site-address");
        if (address == null && !van) {
            throw new InvalidInputException("error.site-address");
        }
        List<Hours> hours = hours(d.hours(), van);
        List<Stop> stops = stops(d.stops(), van);
        return new Site(code, kind, names(d.names()), address, hours, stops);
    }

    private Map<String, String> names(Map<String, String> raw) {
        if (raw == null || raw.get("en") == null || raw.get("en").isBlank()) {
            throw new InvalidInputException("error.site-name");
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : languages) {
            String name = raw.get(language);
            if (name != null && !name.isBlank()) {
                names.put(language, text(name, 80, "error.site-name"));
            }
        }
        if (!languages.containsAll(raw.keySet())) {
            throw new InvalidInputException("error.site-name");
        }
        return names;
    }

    private static List<Hours> hours(List<SiteDraft.HoursDraft> raw, boolean van) {
        List<SiteDraft.HoursDraft> given = raw == null ? List.of() : raw;
        if ((given.isEmpty() && !van) || given.size() > MAX_HOURS || given.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("error.site-hours");
        }
        List<Hours> hours = new ArrayList<>();
        for (SiteDraft.HoursDraft h : given) {
            hours.add(new Hours(day(h.day(), "error.site-hours"), time(h.opens(), "error.site-hours"),
                    time(h.closes(), "error.site-hours")));
        }
        hours.sort(Comparator.comparing(Hours::day).thenComparing(Hours::opens));
        apart(hours.stream().map(h -> new Span(h.day(), h.opens(), h.closes())).toList(), "error.site-hours");
        return List.copyOf(hours);
    }

    private static List<Stop> stops(List<SiteDraft.StopDraft> raw, boolean van) {
        List<SiteDraft.StopDraft> given = raw == null ? List.of() : raw;
        if (van == given.isEmpty() || given.size() > MAX_STOPS || given.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("error.site-stops");
        }
        List<Stop> stops = new ArrayList<>();
        for (SiteDraft.StopDraft s : given) {
            stops.add(new Stop(day(s.day(), "error.site-stops"), time(s.start(), "error.site-stops"),
                    time(s.end(), "error.site-stops"), text(s.where(), 120, "error.site-stops")));
        }
        stops.sort(Comparator.comparing(Stop::day).thenComparing(Stop::start));
        apart(stops.stream().map(s -> new Span(s.day(), s.start(), s.end())).toList(), "error.site-stops");
        return List.copyOf(stops);
    }

    private record Span(DayOfWeek day, LocalTime from, LocalTime to) {

        /** Minutes of the day it ends at; one that ends at or before it starts runs to midnight on its day. */
        int endMinute() {
            return to.isAfter(from) ? to.getHour() * 60 + to.getMinute() : 24 * 60;
        }

        int startMinute() {
            return from.getHour() * 60 + from.getMinute();
        }
    }

    /** Spans sorted by day and start: none empty, none overlapping the next one of its day. */
    private static void apart(List<Span> spans, String key) {
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (s.from().equals(s.to())) {
                throw new InvalidInputException(key);
            }
            if (i > 0 && spans.get(i - 1).day() == s.day() && spans.get(i - 1).endMinute() > s.startMinute()) {
                throw new InvalidInputException(key);
            }
        }
    }

    private static DayOfWeek day(String raw, String key) {
        try {
            return DayOfWeek.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(key);
        }
    }

    private static LocalTime time(String raw, String key) {
        try {
            LocalTime t = LocalTime.parse(raw == null ? "" : raw.strip());
            if (t.getSecond() != 0 || t.getNano() != 0) {
                throw new InvalidInputException(key);
            }
            return t;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(key);
        }
    }

    private static String text(String raw, int max, String key) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty() || value.length() > max || !TEXT.matcher(value).matches()) {
            throw new InvalidInputException(key);
        }
        return value;
    }
}
