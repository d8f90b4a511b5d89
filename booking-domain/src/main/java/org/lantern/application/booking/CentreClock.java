package org.lantern.application.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Port: the centre's wall clock (Europe/London by default), from the one injected clock. */
public interface CentreClock {

    LocalDateTime now();

    Instant instant();

    /** The centre's time zone, in which every wall-clock time is meant. */
    default ZoneId zone() {
        return ZoneId.of("Europe/London");
    }
}
