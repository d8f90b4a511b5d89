package org.lantern.domain.nightcentre;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Checks a person in, or one child of a childcare booking (from 1). */
public record CheckInCommand(@TargetAggregateIdentifier String nightId, String reference, Integer child, LocalDateTime now) {
}
