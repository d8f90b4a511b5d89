package org.lantern.domain.nightcentre;

import java.time.Duration;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Passes on every offer whose hold has run out by {@code now}; a repeat does nothing. */
public record ExpireOffersCommand(@TargetAggregateIdentifier String nightId, Duration offerHold, LocalDateTime now) {
}
