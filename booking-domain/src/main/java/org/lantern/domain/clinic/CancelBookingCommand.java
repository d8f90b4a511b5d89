package org.lantern.domain.clinic;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelBookingCommand(@TargetAggregateIdentifier String dayId, String reference, LocalDateTime now) {
}
