package org.lantern.application.clinic;

import org.lantern.domain.booking.ServiceCatalogue;

import java.time.LocalDateTime;
import java.util.List;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.domain.session.AbandonHeldPlaceCommand;
import org.lantern.domain.session.HoldPlaceForMoveCommand;
import org.lantern.domain.session.MoveBookingCommand;
import org.lantern.domain.session.ReleaseMovedBookingCommand;
import org.lantern.domain.session.SessionRefusal;

/**
 * A person moves their own booking to another free time of the same service, by reference and secret. The new
 * place is secured before the old one is released, so a move never leaves the person with neither place nor with
 * both: within one session that is one decision of the session; across two sessions the new session holds the
 * place first, then the old one gives its place up, and if it cannot (the booking was cancelled or moved
 * meanwhile) the held place is freed again. A crash between the two steps is finished by {@link MoveRecovery}.
 * Blocking: call it off the event loop.
 */
public class BookingMoves {

    private final BookingAccess access;
    private final SessionBookings sessions;
    private final Commands commands;
    private final CentreClock clock;
    private final ServiceCatalogue catalogue;

    public BookingMoves(BookingAccess access, SessionBookings sessions, Commands commands, CentreClock clock, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.access = access;
        this.sessions = sessions;
        this.commands = commands;
        this.clock = clock;
    }

    /** Answers the booking at its new time; refuses ({@code SLOT_FULL}, ...) and leaves the old one as it was. */
    public BookingView move(String reference, String secret, LocalDateTime to) {
        BookingView booking = access.require(reference, secret);
        if (catalogue.find(booking.service()).isEmpty() || booking.sessionId() == null) {
            throw new SessionRefusal(SessionRefusal.Reason.BOOKING_NOT_MOVABLE);
        }
        List<SessionView> candidates = sessions.sessionsOn(to.toLocalDate(), booking.service()).stream()
                .filter(s -> s.slotStarts().contains(to.toLocalTime()))
                .sorted((a, b) -> Boolean.compare(!a.sessionId().equals(booking.sessionId()),
                        !b.sessionId().equals(booking.sessionId())))
                .toList();
        if (candidates.isEmpty()) {
            throw new SessionRefusal(SessionRefusal.Reason.NOT_A_SLOT);
        }
        SessionRefusal full = null;
        for (SessionView target : candidates) {
            try {
                return moveTo(booking, target, to, null);
            } catch (SessionRefusal refused) {
                if (refused.reason() != SessionRefusal.Reason.SLOT_FULL) {
                    throw refused;
                }
                full = refused; // two sessions at the same time: the other may have a place
            }
        }
        throw full;
    }

    /**
     * The centre moves one booking of a session it is moving to {@code target} (a new session), in the same order
     * as the holder's own move: the new place first, then the old one given up, or the new one freed again.
     */
    public BookingView moveForCentre(BookingView booking, SessionView target, LocalDateTime to, String reason) {
        return moveTo(booking, target, to, reason);
    }

    private BookingView moveTo(BookingView booking, SessionView target, LocalDateTime to, String centreReason) {
        String reference = booking.reference();
        if (target.sessionId().equals(booking.sessionId())) {
            access.changeAndAwait(reference, commands, new MoveBookingCommand(target.sessionId(), reference,
                    to.toLocalTime(), clock.now()), b -> b.startsAt().equals(to));
            return access.byReference(reference);
        }
        LocalDateTime now = clock.now();
        commands.send(new HoldPlaceForMoveCommand(target.sessionId(), reference, booking.sessionId(),
                to.toLocalTime(), now));
        HeldMove held = new HeldMove(reference, booking.sessionId(), target.sessionId(), target.date(),
                to.toLocalTime(), to.toLocalTime().plusMinutes(target.slotMinutes()), now);
        try {
            access.changeAndAwait(reference, () -> finish(held, centreReason),
                    b -> target.sessionId().equals(b.sessionId()));
        } catch (SessionRefusal notReleased) {
            throw notReleased.reason() == SessionRefusal.Reason.SLOT_FULL
                    ? new SessionRefusal(SessionRefusal.Reason.BOOKING_NOT_MOVABLE) : notReleased;
        }
        return access.byReference(reference);
    }

    /**
     * Steps 2 and 3 of a move across sessions, for the request that held the place and for the recovery sweep
     * ({@link MoveRecovery}) alike: the old session gives its place up (twice is no error), and only if it refuses
     * (the booking was cancelled, began or moved elsewhere meanwhile, or the new time has come) is the held place
     * freed, and the refusal thrown. Any other failure frees nothing: whether the old place was given up is not
     * known, and freeing the held one could leave the person neither; the sweep finishes it later.
     */
    public HeldMove finish(HeldMove held, String centreReason) {
        try {
            commands.send(new ReleaseMovedBookingCommand(held.fromSessionId(), held.reference(), held.toSessionId(),
                    held.toDate(), held.slotStart(), held.slotEnd(), clock.now(), centreReason));
            return held;
        } catch (SessionRefusal notReleased) {
            abandon(held.toSessionId(), held.reference());
            throw notReleased;
        }
    }

    private void abandon(String sessionId, String reference) {
        try {
            commands.send(new AbandonHeldPlaceCommand(sessionId, reference, clock.now()));
        } catch (RuntimeException notFreed) {
            // the booking is still the old one; the recovery sweep frees the held place on its next run
        }
    }
}
