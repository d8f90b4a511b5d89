package org.lantern.projections.clinic;

import java.time.LocalDate;
import java.time.LocalTime;

/** A slot and its free places; {@code site} is the code of the site its session is at. */
public record SlotAvailability(String sessionId, String service, LocalDate date, LocalTime start, LocalTime end,
                               int free, String site) {

    public SlotAvailability(String sessionId, String service, LocalDate date, LocalTime start, LocalTime end,
                            int free) {
        this(sessionId, service, date, start, end, free, org.lantern.domain.session.SessionScheduledEvent.FIRST_SITE);
    }
}
