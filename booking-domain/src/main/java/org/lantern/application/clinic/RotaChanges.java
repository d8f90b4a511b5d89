package org.lantern.application.clinic;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.diary.DiaryId;

/**
 * A manager changes or cancels a kept weekly pattern from a date on. Nothing here calls a session off or sets one up
 * itself: a session the pattern no longer has goes through {@link SessionCancellation} (bookings cancelled by the
 * centre, each person told, whoever could not be told listed for reception), a session whose date stays but whose
 * times shift (same length, slots, places and staff) through {@link SessionMove} (the bookings follow to the same
 * place in the new times, each person told), a new one through {@link Rotas} and {@link SessionScheduling}.
 * Sessions before the date, and sessions from it that the new pattern still has as they are, keep their bookings.
 * Everything is checked before anything changes; a change holds the pattern (compare-and-set on its version, then a
 * lease) so a second change at the same time is refused, never interleaved. Blocking: call it off the event loop.
 */
public class RotaChanges {

    /** Longer than a change of twelve weeks of sessions takes; a change stopped by a crash frees it after this. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Pattern ID = Pattern.compile("r-[a-z0-9]{4,16}");

    /** A session of a pattern still to come, with how many bookings hold a place in it. */
    public record Upcoming(String sessionId, LocalDate date, LocalTime start, LocalTime end, String staff,
                           int booked) {
    }

    public record Listed(String id, Rotas.Pattern pattern, LocalDate cancelledFrom, List<Upcoming> upcoming) {
    }

    /** The pattern's new shape from {@code from} on; the service and site stay the pattern's. */
    public record Change(LocalDate from, List<String> weekdays, LocalTime start, LocalTime end, int slotMinutes,
                         int placesPerSlot, String staff, int weeks) {
    }

    /**
     * What a change or a cancellation will do, shown before it is done: sessions kept as they are, moved to the new
     * times on their date, called off, and the dates that get a new session; the bookings that will be moved or
     * cancelled.
     */
    public record Plan(List<SessionView> kept, List<SessionView> moved, List<SessionView> cancelled,
                       List<LocalDate> created, int bookingsAffected) {
    }

    public record Cancelled(int sessionsCancelled, int bookingsCancelled, int peopleTold) {
    }

    public record Changed(int sessionsKept, int sessionsMoved, int sessionsCancelled, List<Rotas.Created> created,
                          List<Rotas.Skipped> skipped, int bookingsMoved, int bookingsCancelled, int peopleTold) {
    }

    private final Rotas rotas;
    private final RotaPatterns patterns;
    private final SessionScheduling scheduling;
    private final SessionCancellation cancellation;
    private final SessionMove moves;
    private final SessionRecords sessions;
    private final SessionBookings sessionBookings;
    private final CentreClock clock;

    public RotaChanges(Rotas rotas, RotaPatterns patterns, SessionScheduling scheduling,
                       SessionCancellation cancellation, SessionMove moves, SessionRecords sessions,
                       SessionBookings sessionBookings, CentreClock clock) {
        this.rotas = rotas;
        this.patterns = patterns;
        this.scheduling = scheduling;
        this.cancellation = cancellation;
        this.moves = moves;
        this.sessions = sessions;
        this.sessionBookings = sessionBookings;
        this.clock = clock;
    }

    /** Every kept pattern, the newest first, with its sessions to come. */
    public List<Listed> list() {
        LocalDate today = clock.now().toLocalDate();
        return patterns.all().stream().map(r -> new Listed(r.id(), r.pattern(), r.cancelledFrom(),
                live(r, today).stream().filter(s -> s.date().atTime(s.end()).isAfter(clock.now())).map(s -> new Upcoming(s.sessionId(), s.date(), s.start(), s.end(),
                        s.clinician(), sessionBookings.activeIn(s.sessionId()).size())).toList())).toList();
    }

    /** What cancelling from {@code from} would do; refuses as {@link #cancelFrom} would, changing nothing. */
    public Plan planCancel(String id, LocalDate from, String rawReason) {
        SessionCancellation.checkedReason(rawReason);
        return cancelPlan(found(id), from);
    }

    /** Every session of the pattern on or after {@code from} is called off with the reason, its people told. */
    public Cancelled cancelFrom(String id, LocalDate from, String rawReason) {
        String reason = SessionCancellation.checkedReason(rawReason);
        RotaPatterns.Kept rota = found(id);
        Plan plan = cancelPlan(rota, from);
        LocalDate since = rota.cancelledFrom() == null || from.isBefore(rota.cancelledFrom()) ? from
                : rota.cancelledFrom();
        RotaPatterns.Kept held = claim(rota, rota.pattern(), since);
        int bookings = 0;
        int told = 0;
        try {
            for (SessionView s : plan.cancelled()) {
                SessionCancellation.Outcome outcome = cancellation.cancel(s.sessionId(), reason);
                bookings += outcome.bookingsCancelled();
                told += outcome.peopleTold();
            }
        } finally {
            release(held);
        }
        return new Cancelled(plan.cancelled().size(), bookings, told);
    }

    /** What the change would do; refuses as {@link #changeFrom} would, changing nothing. */
    public Plan planChange(String id, Change change, String rawReason) {
        SessionCancellation.checkedReason(rawReason);
        RotaPatterns.Kept rota = changeable(found(id));
        return changePlan(rota, next(rota, change));
    }

    /** The pattern takes its new shape from the change's date on; see the class for what happens to each session. */
    public Changed changeFrom(String id, Change change, String rawReason) {
        String reason = SessionCancellation.checkedReason(rawReason);
        RotaPatterns.Kept rota = changeable(found(id));
        Rotas.Pattern next = next(rota, change);
        Plan plan = changePlan(rota, next);
        RotaPatterns.Kept held = claim(rota, next, null);
        try {
            return carryOut(id, next, plan, reason);
        } finally {
            release(held);
        }
    }

    private Changed carryOut(String id, Rotas.Pattern next, Plan plan, String reason) {
        int bookingsCancelled = 0;
        int bookingsMoved = 0;
        int told = 0;
        for (SessionView s : plan.cancelled()) {
            SessionCancellation.Outcome outcome = cancellation.cancel(s.sessionId(), reason);
            bookingsCancelled += outcome.bookingsCancelled();
            told += outcome.peopleTold();
        }
        List<LocalDate> toCreate = new ArrayList<>(plan.created());
        int sessionsMoved = 0;
        int sessionsCancelled = plan.cancelled().size();
        for (SessionView s : plan.moved()) {
            try {
                SessionMove.Outcome outcome = moves.move(s.sessionId(), s.date(), next.start(), reason);
                patterns.addSession(id, new RotaPatterns.Made(outcome.movedTo(), s.date()));
                sessionsMoved++;
                bookingsMoved += outcome.bookingsMoved();
                bookingsCancelled += outcome.bookingsCancelled();
                told += outcome.peopleTold();
            } catch (Refusal couldNotMove) {
                // the staff member is busy at the new time, or the session started meanwhile: call it off, and let
                // the new shape's set-up name the date if it cannot be set up either
                SessionCancellation.Outcome outcome = cancellation.cancel(s.sessionId(), reason);
                sessionsCancelled++;
                bookingsCancelled += outcome.bookingsCancelled();
                told += outcome.peopleTold();
                toCreate.add(s.date());
            }
        }
        Rotas.Sessions made = rotas.schedule(id, next, toCreate.stream().sorted().toList());
        return new Changed(plan.kept().size(), sessionsMoved, sessionsCancelled, made.created(), made.skipped(),
                bookingsMoved, bookingsCancelled, told);
    }

    private Plan cancelPlan(RotaPatterns.Kept rota, LocalDate from) {
        if (from == null) {
            throw new InvalidInputException("error.date");
        }
        if (from.isBefore(clock.now().toLocalDate())) {
            throw new InvalidInputException("error.rota-from-past");
        }
        List<SessionView> cancelled = live(rota, from).stream().filter(this::notStarted).toList();
        return new Plan(List.of(), List.of(), cancelled, List.of(), booked(cancelled));
    }

    private Plan changePlan(RotaPatterns.Kept rota, Rotas.Pattern next) {
        List<LocalDate> dates = rotas.dates(next);
        String staff = scheduling.checkedClinician(next.staff());
        String normalised = staff == null ? null : DiaryId.normalise(staff);
        List<SessionView> kept = new ArrayList<>();
        List<SessionView> moved = new ArrayList<>();
        List<SessionView> cancelled = new ArrayList<>();
        List<LocalDate> created = new ArrayList<>(dates);
        Set<LocalDate> covered = new HashSet<>();
        for (SessionView s : live(rota, next.from())) {
            boolean wanted = dates.contains(s.date()) && covered.add(s.date());
            if (!notStarted(s) || wanted && sameShape(s, next, normalised)) {
                kept.add(s);
                created.remove(s.date());
            } else if (wanted && sameLength(s, next, normalised)) {
                moved.add(s);
                created.remove(s.date());
            } else {
                cancelled.add(s);
            }
        }
        List<SessionView> touched = new ArrayList<>(moved);
        touched.addAll(cancelled);
        return new Plan(kept, moved, cancelled, created, booked(touched));
    }

    private boolean sameShape(SessionView s, Rotas.Pattern next, String staff) {
        return s.start().equals(next.start()) && sameLength(s, next, staff);
    }

    /** The same session at other times of its date: the bookings can follow to the same places. */
    private boolean sameLength(SessionView s, Rotas.Pattern next, String staff) {
        return Duration.between(s.start(), s.end()).equals(Duration.between(next.start(), next.end()))
                && s.slotMinutes() == rotas.slotMinutesOf(next) && s.placesPerSlot() == next.placesPerSlot()
                && Objects.equals(s.clinician(), staff);
    }

    private Rotas.Pattern next(RotaPatterns.Kept rota, Change change) {
        if (change.from() == null) {
            throw new InvalidInputException("error.date");
        }
        return new Rotas.Pattern(rota.pattern().service(), rota.pattern().site(), change.weekdays(), change.start(),
                change.end(), change.slotMinutes(), change.placesPerSlot(), change.staff(), change.from(),
                change.weeks());
    }

    /** The pattern's sessions on or after a date that were not called off, by date and time. */
    private List<SessionView> live(RotaPatterns.Kept rota, LocalDate from) {
        return rota.sessions().stream().filter(m -> !m.date().isBefore(from))
                .map(m -> sessions.session(m.sessionId())).flatMap(Optional::stream)
                .filter(s -> !sessionBookings.cancelled(s.sessionId()))
                .sorted(Comparator.comparing(SessionView::date).thenComparing(SessionView::start)).toList();
    }

    private boolean notStarted(SessionView s) {
        return s.date().atTime(s.start()).isAfter(clock.now());
    }

    private int booked(List<SessionView> touched) {
        return touched.stream().mapToInt(s -> sessionBookings.activeIn(s.sessionId()).size()).sum();
    }

    private RotaPatterns.Kept found(String id) {
        return Optional.ofNullable(id).filter(i -> ID.matcher(i).matches()).flatMap(patterns::find)
                .orElseThrow(() -> new InvalidInputException("error.rota-not-found", Refusal.Kind.NOT_FOUND));
    }

    private static RotaPatterns.Kept changeable(RotaPatterns.Kept rota) {
        if (rota.cancelledFrom() != null) {
            throw new InvalidInputException("error.rota-cancelled", Refusal.Kind.CONFLICT);
        }
        return rota;
    }

    /** Holds the pattern for this change: refused while another change holds it, or if one finished meanwhile. */
    private RotaPatterns.Kept claim(RotaPatterns.Kept read, Rotas.Pattern shape, LocalDate cancelledFrom) {
        if (read.busyAt(clock.instant())) {
            throw new InvalidInputException("error.rota-busy", Refusal.Kind.CONFLICT);
        }
        RotaPatterns.Kept held = new RotaPatterns.Kept(read.id(), shape, cancelledFrom, read.sessions(),
                read.version() + 1, clock.instant().plus(LEASE));
        if (!patterns.replace(read, held)) {
            throw new InvalidInputException("error.rota-busy", Refusal.Kind.CONFLICT);
        }
        return held;
    }

    private void release(RotaPatterns.Kept held) {
        patterns.replace(held, new RotaPatterns.Kept(held.id(), held.pattern(), held.cancelledFrom(), held.sessions(),
                held.version() + 1, null));
    }
}
