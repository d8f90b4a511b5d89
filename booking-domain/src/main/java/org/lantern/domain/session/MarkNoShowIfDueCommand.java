package org.lantern.domain.session;

import java.time.Duration;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The no-show sweep's command: a booking not checked in {@code grace} after its start did not come. Does
 * nothing when it is not due, already marked, or its no-show was undone, so a repeat or a second node is harmless.
 */
public record MarkNoShowIfDueCommand(@TargetAggregateIdentifier String sessionId, String reference,
                                     Duration grace, LocalDateTime now) {
}
