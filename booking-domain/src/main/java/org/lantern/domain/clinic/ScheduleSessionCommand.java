package org.lantern.domain.clinic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets up a session of slots. Times are the centre's wall-clock times; {@code now} is the centre's wall-clock
 * time when the manager asked, from the injected clock.
 */
public record ScheduleSessionCommand(
        @TargetAggregateIdentifier String dayId,
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        int slotMinutes,
        int placesPerSlot,
        String clinician,
        LocalDateTime now) {
}
