package org.lantern.domain.session;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.booking.Service;

/** Sets up a session of slots; {@code now} is the centre's wall-clock time when the manager asked. */
public record ScheduleSessionCommand(
        @TargetAggregateIdentifier String sessionId,
        Service service,
        SessionPlan plan,
        String clinician,
        LocalDateTime now) {
}
