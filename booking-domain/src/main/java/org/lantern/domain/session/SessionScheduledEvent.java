package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;

/**
 * A session of slots is set up at a site. {@code clinician} is null when none was named. Revision 2 added
 * {@code site}; a revision 1 event was written when the drop-in was the only site, and reads as the drop-in's
 * ({@link #FIRST_SITE}, by an upcaster in infra).
 */
@Revision("2")
public record SessionScheduledEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        int slotMinutes,
        int placesPerSlot,
        String clinician,
        String site) implements SessionEvent {

    /** The site's code of every session set up before sites were kept as data: the drop-in. */
    public static final String FIRST_SITE = "drop-in";

    /** A session at the drop-in. */
    public SessionScheduledEvent(String sessionId, Service service, LocalDate date, LocalTime start, LocalTime end,
                                 int slotMinutes, int placesPerSlot, String clinician) {
        this(sessionId, service, date, start, end, slotMinutes, placesPerSlot, clinician, FIRST_SITE);
    }
}
