package org.lantern.domain.session;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelBookingCommand(@TargetAggregateIdentifier String sessionId, String reference,
                                   LocalDateTime now) {
}
