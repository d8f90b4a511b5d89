package org.lantern.domain.nightcentre;

import java.time.Duration;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets up a night, or changes one that is not over yet. */
public record PlanNightCommand(@TargetAggregateIdentifier String nightId, NightPlan plan, Duration offerHold,
                               LocalDateTime now) {
}
