package org.lantern.domain.nightcentre;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.privacy.SealedText;

/** Checks a person out, or one child with the collecting adult's name sealed under the parent's key. */
public record CheckOutCommand(@TargetAggregateIdentifier String nightId, String reference, Integer child,
                              SealedText collectedBy, LocalDateTime now) {
}
