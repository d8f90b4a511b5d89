package org.lantern.application.clinic;

import java.time.LocalDateTime;
import java.util.List;

/** Port: the read side's places held for a move whose old place was neither given up nor the hold freed. */
public interface MoveHolds {

    /** Holds made before a moment and still unfinished: the request that made them died, or is very late. */
    List<HeldMove> unfinishedSince(LocalDateTime heldBefore);
}
