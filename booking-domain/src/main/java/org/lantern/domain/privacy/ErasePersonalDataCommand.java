package org.lantern.domain.privacy;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a person's personal fields are erased (their key is already deleted). {@code reference} is the
 * booking through which the erasure was asked for, so read models find it by key.
 */
public record ErasePersonalDataCommand(@TargetAggregateIdentifier String subjectId, String reference,
                                       ErasureReason reason, LocalDateTime now) {
}
