package org.lantern.application.clinic;

import java.util.Optional;

/** Port: what the centre told a booking's holder when it called off or moved their session (the manager's reason). */
public interface CentreChanges {

    /** {@code moved} is false when the session was called off. */
    record CentreChange(boolean moved, String reason) {
    }

    Optional<CentreChange> centreChange(String reference);
}
