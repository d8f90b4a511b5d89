package org.lantern.domain.clinic;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SessionScheduledEvent(
        String dayId,
        String sessionId,
        String service,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        int slotMinutes,
        int placesPerSlot,
        String clinician) {
}
