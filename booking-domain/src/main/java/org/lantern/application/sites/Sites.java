package org.lantern.application.sites;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.sites.SiteDirectory.Site;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.session.SessionScheduledEvent;

/**
 * The places the centre works from: the drop-in, the night centre, the outreach van's weekly stops. A manager keeps
 * them; everyone reads them in their language (English when a name was not written in it). Every input is checked
 * whole by {@link SiteCheck} before anything is kept. The drop-in ({@link #FIRST_SITE}) is where every session was
 * before there were sites: it cannot be removed, and a site that has ever had a session cannot be removed either.
 */
public class Sites {

    public static final String FIRST_SITE = SessionScheduledEvent.FIRST_SITE;
    public static final int MAX_SITES = 50;
    public static final List<String> KINDS = SiteCheck.KINDS;
    /** The outreach van's kind: a weekly list of stops, no bookings. */
    public static final String OUTREACH = SiteCheck.OUTREACH;

    /** A site as one person reads it: its name in their language, and the van's stops of the coming seven days. */
    public record Shown(String code, String kind, String name, String address, List<SiteDirectory.Hours> hours,
                        List<SiteDirectory.Stop> stops, List<WeekStop> stopsThisWeek) {

        public boolean bookable() {
            return !OUTREACH.equals(kind);
        }
    }

    /** One of the van's stops on a date of the coming seven days. */
    public record WeekStop(LocalDate date, LocalTime start, LocalTime end, String where) {
    }

    private final SiteDirectory directory;
    private final SessionsAtSites sessions;
    private final CentreClock clock;
    private final SiteCheck check;

    public Sites(SiteDirectory directory, SessionsAtSites sessions, CentreClock clock, List<String> languages) {
        this.directory = directory;
        this.sessions = sessions;
        this.clock = clock;
        this.check = new SiteCheck(languages);
    }

    public List<Shown> shownIn(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        LocalDate today = clock.now().toLocalDate();
        return directory.all().stream().map(s -> shown(s, language, today)).toList();
    }

    public Optional<Shown> shown(String code, Locale locale) {
        return find(code).map(s -> shown(s, locale == null ? "en" : locale.getLanguage(),
                clock.now().toLocalDate()));
    }

    /** The sites that have sessions a person can book (every one but the outreach van), in their language. */
    public List<Shown> bookableIn(Locale locale) {
        return shownIn(locale).stream().filter(Shown::bookable).toList();
    }

    public Optional<Site> find(String code) {
        return code == null || !SiteCheck.CODE.matcher(code).matches() ? Optional.empty() : directory.find(code);
    }

    /** A known site's code, or {@code error.site}; nothing (null or blank) is the drop-in. */
    public String known(String code) {
        if (code == null || code.isBlank()) {
            return FIRST_SITE;
        }
        return find(code.strip()).map(Site::code).orElseThrow(() -> new InvalidInputException("error.site"));
    }

    /** A site that sessions can be set up at; the outreach van books nothing. */
    public String bookable(String code) {
        String known = known(code);
        if (directory.find(known).map(s -> SiteCheck.OUTREACH.equals(s.kind())).orElse(false)) {
            throw new InvalidInputException("error.site-no-sessions");
        }
        return known;
    }

    public Site add(SiteDraft draft) {
        Site site = check.checked(draft);
        if (directory.all().size() >= MAX_SITES) {
            throw new InvalidInputException("error.site-list-full");
        }
        if (!directory.add(site)) {
            throw new InvalidInputException("error.site-exists", Refusal.Kind.CONFLICT);
        }
        return site;
    }

    /** Everything but the code may change; a site with sessions keeps its kind, and the drop-in stays bookable. */
    public Site change(String code, SiteDraft draft) {
        Site old = find(code).orElseThrow(() -> new InvalidInputException("error.site-not-found",
                Refusal.Kind.NOT_FOUND));
        Site site = check.checked(new SiteDraft(old.code(), draft.kind(), draft.names(), draft.address(),
                draft.hours(), draft.stops()));
        if (!site.kind().equals(old.kind()) && (FIRST_SITE.equals(code) || sessions.anyAt(code))) {
            throw new InvalidInputException("error.site-in-use", Refusal.Kind.CONFLICT);
        }
        if (!directory.replace(site)) {
            throw new InvalidInputException("error.site-not-found", Refusal.Kind.NOT_FOUND);
        }
        return site;
    }

    public void remove(String code) {
        Site site = find(code).orElseThrow(() -> new InvalidInputException("error.site-not-found",
                Refusal.Kind.NOT_FOUND));
        if (FIRST_SITE.equals(site.code()) || sessions.anyAt(site.code())) {
            throw new InvalidInputException("error.site-in-use", Refusal.Kind.CONFLICT);
        }
        directory.remove(site.code());
    }

    /**
     * On a fresh start the directory is empty: it is filled from the configured sites. A seed that breaks a rule
     * stops the start (it is the operator's data, not a person's input); a site another node seeded first is left.
     */
    public void seedIfEmpty(List<SiteDraft> seed) {
        if (!directory.all().isEmpty()) {
            return;
        }
        for (SiteDraft draft : seed) {
            Site site;
            try {
                site = check.checked(draft);
            } catch (Refusal refused) {
                throw new IllegalStateException("lantern.sites: the site '" + draft.code() + "' breaks a rule ("
                        + refused.code() + ")", refused);
            }
            directory.add(site);
        }
    }

    private static Shown shown(Site s, String language, LocalDate today) {
        String name = s.names().getOrDefault(language, s.names().get("en"));
        return new Shown(s.code(), s.kind(), name, s.address(), s.hours(), s.stops(), week(s.stops(), today));
    }

    private static List<WeekStop> week(List<SiteDirectory.Stop> stops, LocalDate today) {
        return stops.stream().map(stop -> new WeekStop(next(today, stop.day()), stop.start(), stop.end(), stop.where()))
                .sorted(Comparator.comparing(WeekStop::date).thenComparing(WeekStop::start)).toList();
    }

    private static LocalDate next(LocalDate today, DayOfWeek day) {
        return today.plusDays((day.getValue() - today.getDayOfWeek().getValue() + 7) % 7);
    }
}
