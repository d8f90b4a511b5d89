package org.lantern.domain.nightcentre;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the childcare staff on duty; refused when the children booked would break a ratio. */
public record SetRosterCommand(@TargetAggregateIdentifier String nightId, List<String> childcareStaff, Duration offerHold, LocalDateTime now) {
}
