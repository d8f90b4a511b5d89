package org.lantern.domain.dropin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reception counts one plain visit of today, with its reason. Nothing about the person. */
public record CountVisitCommand(@TargetAggregateIdentifier String tallyId, LocalDate date, VisitReason reason,
                                LocalDateTime now) {
}
