package org.lantern.application.clinic;

import org.lantern.domain.booking.ServiceCatalogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.sites.Sites;
import org.lantern.domain.diary.DiaryRefusal;
import org.lantern.domain.session.SessionPlan;

/**
 * A weekly pattern creates the sessions of the coming weeks, each through {@link SessionScheduling} (the
 * clinician's diary first, the session second, the reservation released if the session fails). Times are the
 * centre's wall clock, so a pattern across a clock change keeps its local times. The whole pattern is checked
 * before anything is created: bad input changes nothing. A date the staff member is already running another
 * session at that time ({@link DiaryRefusal}) is skipped and named in the answer; the other dates are created.
 * The pattern is kept ({@link RotaPatterns}) with the sessions it set up, so that {@link RotaChanges} can change or
 * cancel it from a date on.
 */
public class Rotas {

    public static final int MAX_WEEKS = 12;
    public record Pattern(String service, String site, List<String> weekdays, LocalTime start, LocalTime end,
                          int slotMinutes, int placesPerSlot, String staff, LocalDate from, int weeks) {
    }

    public record Created(String sessionId, LocalDate date) {
    }

    public record Skipped(LocalDate date, String code) {
    }

    public record Outcome(String rotaId, List<Created> created, List<Skipped> skipped) {
    }

    private final SessionScheduling scheduling;
    private final CentreClock clock;
    private final ServiceCatalogue catalogue;
    private final RotaPatterns patterns;
    private final Supplier<String> ids;
    private final Sites sites;

    public Rotas(SessionScheduling scheduling, CentreClock clock, ServiceCatalogue catalogue, RotaPatterns patterns,
                 Supplier<String> ids, Sites sites) {
        this.sites = sites;
        this.catalogue = catalogue;
        this.scheduling = scheduling;
        this.clock = clock;
        this.patterns = patterns;
        this.ids = ids;
    }

    /**
     * Keeps the pattern (its id in the answer), then sets up its sessions, each kept in its list at once, at the
     * pattern's site (the drop-in when it names none).
     */
    public Outcome create(Pattern p) {
        List<LocalDate> dates = dates(p);
        scheduling.checkedClinician(p.staff());
        String rotaId = ids.get();
        patterns.add(new RotaPatterns.Kept(rotaId, p, null, List.of(), 0, null));
        Sessions made = schedule(rotaId, p, dates);
        return new Outcome(rotaId, made.created(), made.skipped());
    }

    record Sessions(List<Created> created, List<Skipped> skipped) {
    }

    /** Sets up the pattern's sessions on these dates; a date the staff member is busy is skipped and named. */
    Sessions schedule(String rotaId, Pattern p, List<LocalDate> dates) {
        List<Created> created = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (LocalDate date : dates) {
            try {
                String sessionId = scheduling.schedule(p.service(), date, p.start(), p.end(), p.slotMinutes(),
                        p.placesPerSlot(), p.staff(), sites.bookable(p.site()));
                patterns.addSession(rotaId, new RotaPatterns.Made(sessionId, date));
                created.add(new Created(sessionId, date));
            } catch (DiaryRefusal busy) {
                skipped.add(new Skipped(date, busy.code()));
            }
        }
        return new Sessions(created, skipped);
    }

    /**
     * The slot length the pattern's sessions get: a group meets once for the whole session ({@link SessionScheduling}),
     * so a kept group session is compared with a change by that length, not by what the form said.
     */
    int slotMinutesOf(Pattern p) {
        boolean group = catalogue.find(p.service()).map(e -> e.kind() == org.lantern.domain.booking.ServiceKind.GROUP)
                .orElse(false);
        return group ? (int) java.time.Duration.between(p.start(), p.end()).toMinutes() : p.slotMinutes();
    }

    /** Every date of the pattern, each one's plan checked first; refuses the whole pattern on the first fault. */
    List<LocalDate> dates(Pattern p) {
        if (p.service() == null || catalogue.find(p.service()).isEmpty()) {
            throw new InvalidInputException("error.service");
        }
        sites.bookable(p.site());
        if (p.weeks() < 1 || p.weeks() > MAX_WEEKS) {
            throw new InvalidInputException("error.rota-weeks");
        }
        if (p.from() == null || p.start() == null || p.end() == null) {
            throw new InvalidInputException("error.rota-shape");
        }
        Set<DayOfWeek> days = weekdays(p.weekdays());
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = p.from(); d.isBefore(p.from().plusWeeks(p.weeks())); d = d.plusDays(1)) {
            if (days.contains(d.getDayOfWeek())) {
                SessionPlan.checked(d, p.start(), p.end(), p.slotMinutes(), p.placesPerSlot(), clock.now());
                dates.add(d);
            }
        }
        return dates;
    }

    private static Set<DayOfWeek> weekdays(List<String> names) {
        if (names == null || names.isEmpty() || names.size() > 7) {
            throw new InvalidInputException("error.weekdays");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            try {
                days.add(DayOfWeek.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("error.weekdays");
            }
        }
        return days;
    }
}
