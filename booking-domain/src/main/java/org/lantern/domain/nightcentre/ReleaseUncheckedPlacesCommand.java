package org.lantern.domain.nightcentre;

import java.time.Duration;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Releases the rest places not checked in by the release time; a repeat does nothing. */
public record ReleaseUncheckedPlacesCommand(@TargetAggregateIdentifier String nightId, Duration offerHold, LocalDateTime now) {
}
