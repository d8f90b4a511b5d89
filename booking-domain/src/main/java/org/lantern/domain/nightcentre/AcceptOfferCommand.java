package org.lantern.domain.nightcentre;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Accepts an offer within its hold. */
public record AcceptOfferCommand(@TargetAggregateIdentifier String nightId, String reference, LocalDateTime now) {
}
