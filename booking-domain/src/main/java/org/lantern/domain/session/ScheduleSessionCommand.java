package org.lantern.domain.session;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.booking.Service;

/**
 * Sets up a session of slots at a site (a code of the site directory); {@code now} is the centre's wall-clock time
 * when the manager asked.
 */
public record ScheduleSessionCommand(
        @TargetAggregateIdentifier String sessionId,
        Service service,
        SessionPlan plan,
        String clinician,
        LocalDateTime now,
        String site) {

    /** A session at the drop-in, the site every session had before there were several. */
    public ScheduleSessionCommand(String sessionId, Service service, SessionPlan plan, String clinician,
                                  LocalDateTime now) {
        this(sessionId, service, plan, clinician, now, SessionScheduledEvent.FIRST_SITE);
    }
}
