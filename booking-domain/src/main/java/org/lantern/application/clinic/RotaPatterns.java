package org.lantern.application.clinic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: the weekly patterns a manager keeps. A pattern is the manager's plan, not a booking: every session it sets up,
 * and every change to one, is still the {@code Session}'s events. Kept by id, with a version for compare-and-set and
 * a lease while a change works through its sessions, so two changes of one pattern never run at once.
 */
public interface RotaPatterns {

    /**
     * A pattern as kept: its shape now (a change from a date keeps the new shape, {@code from} being that date), the
     * date it was cancelled from (null while it runs), every session it ever set up, its version, and until when a
     * change holds it (null when none does).
     */
    record Kept(String id, Rotas.Pattern pattern, LocalDate cancelledFrom, List<Made> sessions, long version,
                Instant busyUntil) {

        public Kept {
            sessions = List.copyOf(sessions);
        }

        boolean busyAt(Instant now) {
            return busyUntil != null && busyUntil.isAfter(now);
        }
    }

    /** One session a pattern set up, on its date. */
    record Made(String sessionId, LocalDate date) {
    }

    void add(Kept rota);

    Optional<Kept> find(String id);

    /** Every pattern, the newest first. */
    List<Kept> all();

    /**
     * Keeps {@code next}'s shape, cancellation date, version and lease, but only if the pattern is still at
     * {@code read}'s version: false when someone changed it meanwhile. The list of sessions is left as it is.
     */
    boolean replace(Kept read, Kept next);

    /** Adds a session the pattern set up, at once, so a change stopped half-way leaves the list true. */
    void addSession(String id, Made made);
}
