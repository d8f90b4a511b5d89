package org.lantern.domain.session;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reception takes a no-show back (the person came late, or it was marked in error) while the session runs. */
public record UndoNoShowCommand(@TargetAggregateIdentifier String sessionId, String reference,
                                LocalDateTime now) {
}
