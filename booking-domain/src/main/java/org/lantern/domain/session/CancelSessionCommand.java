package org.lantern.domain.session;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The centre calls a session off (a clinician is ill). Answers the references of the bookings it cancelled; the
 * reason is shown to each person on their booking page.
 */
public record CancelSessionCommand(@TargetAggregateIdentifier String sessionId, String reason, LocalDateTime now) {
}
