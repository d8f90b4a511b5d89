package org.lantern.domain.clinic;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.privacy.ErasureReason;

/**
 * Records that a booking's personal fields are erased. The handler answers {@code true} when this command
 * erased them and {@code false} when they were already gone, so that erasing twice is harmless and countable.
 */
public record ErasePersonalDataCommand(@TargetAggregateIdentifier String dayId, String reference,
                                       ErasureReason reason, LocalDateTime now) {
}
