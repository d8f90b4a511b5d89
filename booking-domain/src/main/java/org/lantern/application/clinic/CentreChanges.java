package org.lantern.application.clinic;

import java.util.Optional;

/** Port: what the centre told a booking's holder when it called their session off (the manager's reason). */
public interface CentreChanges {

    Optional<String> cancellationReason(String reference);
}
