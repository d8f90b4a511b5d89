package org.lantern.application.booking;

import java.time.Instant;
import java.time.LocalDateTime;

/** Port: the centre's wall clock (Europe/London by default), from the one injected clock. */
public interface CentreClock {

    LocalDateTime now();

    Instant instant();
}
