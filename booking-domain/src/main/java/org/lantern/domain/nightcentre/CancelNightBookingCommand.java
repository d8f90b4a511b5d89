package org.lantern.domain.nightcentre;

import java.time.Duration;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a booking or a place on the waitlist; cancelling twice changes nothing. */
public record CancelNightBookingCommand(@TargetAggregateIdentifier String nightId, String reference, Duration offerHold, LocalDateTime now) {
}
