package org.lantern.domain.walkin;

import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Call whoever comes first by the calling order; answers the id of the place called. */
public record CallNextCommand(@TargetAggregateIdentifier String queueId, String room, String clinician, LocalDateTime now) {
}
