package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;

/** A session of slots is set up. {@code clinician} is null when none was named. */
@Revision("1")
public record SessionScheduledEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        int slotMinutes,
        int placesPerSlot,
        String clinician) implements SessionEvent {
}
