package org.lantern.domain.session;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.booking.DisclosureBasis;

/** Records that something about a booking was shared with the police because the law required it. */
public record RecordDisclosureCommand(@TargetAggregateIdentifier String sessionId, String reference,
                                      DisclosureBasis basis, LocalDateTime now) {
}
