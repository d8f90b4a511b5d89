package org.lantern.application.nightcentre;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.application.staff.StaffAccountStore;
import org.lantern.domain.nightcentre.NightId;
import org.lantern.domain.nightcentre.NightPlan;
import org.lantern.domain.nightcentre.NightRefusal;
import org.lantern.domain.nightcentre.PlanNightCommand;
import org.lantern.domain.nightcentre.SetRosterCommand;

/**
 * A manager sets up nights, one at a time or from a weekly pattern, and changes a single night; a manager or
 * night staff set the childcare roster. A time that does not exist on the centre's clock (inside the hour the
 * clocks skip in spring) is refused: the manager chooses another, nothing is moved silently.
 */
public class NightScheduling {

    public static final int MAX_WEEKS = 12;

    private final Commands commands;
    private final NightRecords nights;
    private final StaffAccountStore staff;
    private final ReadYourWrite readYourWrite;
    private final CentreClock clock;
    private final NightSettings settings;

    public NightScheduling(Commands commands, NightRecords nights, StaffAccountStore staff,
                           ReadYourWrite readYourWrite, CentreClock clock, NightSettings settings) {
        this.commands = commands;
        this.nights = nights;
        this.staff = staff;
        this.readYourWrite = readYourWrite;
        this.clock = clock;
        this.settings = settings;
    }

    /** Sets up a night, or changes it; returns it once this node's read model shows it. */
    public NightView plan(LocalDate date, LocalTime opens, LocalTime closes, int restPlaces) {
        NightPlan plan = NightPlan.checked(date, orDefault(opens, settings.opens()),
                orDefault(closes, settings.closes()), restPlaces, settings.releaseAt());
        requireOnTheClock(plan);
        String nightId = NightId.of(date);
        try (ReadYourWrite.Watch watch = readYourWrite.watch(nightId)) {
            commands.send(new PlanNightCommand(nightId, plan, settings.offerHold(), clock.now()));
            watch.await(() -> nights.night(date).filter(n -> n.plan().equals(plan)).isPresent());
        }
        return nights.night(date).orElseThrow();
    }

    /**
     * Sets up the nights of the given weekdays for the coming weeks, starting tonight, and answers the nights it
     * created. Every night is checked before any is set up. A night that exists already keeps its plan: it may
     * have been changed on purpose (change it with {@link #plan}).
     */
    public List<NightView> pattern(List<String> weekdays, LocalTime opens, LocalTime closes, int restPlaces,
                                   int weeks) {
        Set<DayOfWeek> days = days(weekdays);
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new NightRefusal(NightRefusal.Reason.WEEKS_OUT_OF_RANGE);
        }
        LocalDate first = clock.now().toLocalDate();
        List<NightPlan> plans = new ArrayList<>();
        for (LocalDate date = first; date.isBefore(first.plusWeeks(weeks)); date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek())) {
                NightPlan plan = NightPlan.checked(date, orDefault(opens, settings.opens()),
                        orDefault(closes, settings.closes()), restPlaces, settings.releaseAt());
                requireOnTheClock(plan);
                if (!plan.over(clock.now()) && nights.night(date).isEmpty()) {
                    plans.add(plan);
                }
            }
        }
        return plans.stream().map(p -> plan(p.date(), p.opens(), p.closes(), p.restPlaces())).toList();
    }

    /** The childcare staff on duty; refused when an account is unknown or the children booked need more. */
    public NightView roster(LocalDate date, List<String> usernames) {
        NightView night = nights.night(date).orElseThrow(() -> new NightRefusal(NightRefusal.Reason.NIGHT_NOT_FOUND));
        Set<String> names = new LinkedHashSet<>();
        for (String name : usernames == null ? List.<String>of() : usernames) {
            String username = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (staff.find(username).filter(a -> a.enabled()).isEmpty()) {
                throw new NightRefusal(NightRefusal.Reason.UNKNOWN_STAFF);
            }
            names.add(username);
        }
        List<String> roster = List.copyOf(names);
        try (ReadYourWrite.Watch watch = readYourWrite.watch(night.nightId())) {
            commands.send(new SetRosterCommand(night.nightId(), roster, settings.offerHold(), clock.now()));
            watch.await(() -> nights.night(date).filter(n -> n.childcareStaff().equals(roster)).isPresent());
        }
        return nights.night(date).orElseThrow();
    }

    /** Both opening and closing must exist on the centre's clock: the spring-forward hour does not. */
    private void requireOnTheClock(NightPlan plan) {
        ZoneRules rules = clock.zone().getRules();
        if (rules.getValidOffsets(plan.opensAt()).isEmpty()
                || rules.getValidOffsets(plan.closesAt()).isEmpty()
                || rules.getValidOffsets(plan.releasesAt()).isEmpty()) {
            throw new NightRefusal(NightRefusal.Reason.TIME_IN_CLOCK_GAP);
        }
    }

    private static Set<DayOfWeek> days(List<String> weekdays) {
        if (weekdays == null || weekdays.isEmpty()) {
            throw new NightRefusal(NightRefusal.Reason.WEEKDAYS);
        }
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (String day : weekdays) {
            try {
                days.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
            } catch (RuntimeException notADay) {
                throw new NightRefusal(NightRefusal.Reason.WEEKDAYS);
            }
        }
        return days;
    }

    private static LocalTime orDefault(LocalTime time, LocalTime fallback) {
        return time == null ? fallback : time;
    }
}
