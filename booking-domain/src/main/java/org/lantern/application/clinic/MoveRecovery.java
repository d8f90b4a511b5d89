package org.lantern.application.clinic;

import java.util.List;
import org.lantern.application.booking.CentreClock;
import org.lantern.domain.session.SessionRefusal;

/**
 * What a crash between the two steps of a move across sessions leaves is finished here, as a sweep over the read
 * model (like the other deadlines): a place held for a move longer than {@code lantern.move.unfinished-after} ago
 * whose old place was never given up. The sweep finishes the move the way the request would have, through
 * {@link BookingMoves#finish}: the old session gives its place up if the booking still waits there, and only if it
 * refuses is the held place freed. Finishing one move twice is no error on the session, so a late request, a second
 * node or a repeated sweep change nothing more (docs/architecture.md, "Moving a booking").
 */
public class MoveRecovery {

    public record Outcome(int moved, int heldPlacesFreed) {
    }

    private final MoveHolds holds;
    private final BookingMoves moves;
    private final CentreClock clock;
    private final MoveSettings settings;

    public MoveRecovery(MoveHolds holds, BookingMoves moves, CentreClock clock, MoveSettings settings) {
        this.holds = holds;
        this.moves = moves;
        this.clock = clock;
        this.settings = settings;
    }

    public Outcome sweep() {
        List<HeldMove> unfinished = holds.unfinishedSince(clock.now().minus(settings.unfinishedAfter()));
        int moved = 0;
        int freed = 0;
        for (HeldMove held : unfinished) {
            try {
                moves.finish(held, null);
                moved++;
            } catch (SessionRefusal notMovable) {
                freed++;
            } catch (RuntimeException notNow) {
                // the store did not answer: nothing was decided, the next sweep tries again
            }
        }
        return new Outcome(moved, freed);
    }
}
