package org.lantern.application.privacy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.domain.privacy.ErasureReason;

/**
 * Erases personal data a set time after the booking's time ended. It keeps no state of its own: which bookings
 * are due comes from the read model, rebuilt from the events, so a restart (or a missed run) only means the next
 * run catches up.
 */
public class Retention {

    private static final Logger log = Logger.getLogger(Retention.class.getName());

    private final List<ErasureCandidates> candidates;
    private final PersonalDataErasure erasure;
    private final CentreClock clock;
    private final Duration retention;

    /** {@code candidates}: one source per kind of booking (the clinic's sessions, the night centre, ...). */
    public Retention(List<ErasureCandidates> candidates, PersonalDataErasure erasure, CentreClock clock,
                     Duration retention) {
        this.candidates = List.copyOf(candidates);
        this.erasure = erasure;
        this.clock = clock;
        this.retention = retention;
    }

    /** Erases every booking past its retention; returns how many it erased. */
    public synchronized int eraseExpired() {
        int erased = 0;
        LocalDateTime endedBy = clock.now().minus(retention);
        for (ErasureCandidates source : candidates) {
            for (BookingView booking : source.endedBy(endedBy)) {
                if (erasure.erase(booking, ErasureReason.RETENTION)) {
                    erased++;
                }
            }
        }
        log.log(Level.INFO, "Retention: erased the personal data of {0} booking(s)", erased);
        return erased;
    }
}
