package org.lantern.domain.session;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A move whose old place could not be given up (cancelled or started meanwhile): the held place is freed again. */
public record AbandonHeldPlaceCommand(@TargetAggregateIdentifier String sessionId, String reference,
                                      LocalDateTime now) {
}
