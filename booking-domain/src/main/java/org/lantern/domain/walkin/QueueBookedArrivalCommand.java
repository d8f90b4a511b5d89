package org.lantern.domain.walkin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.booking.Service;

/** A booking checked in: it joins the queue (once; a second check-in changes nothing). Answers its call number. */
public record QueueBookedArrivalCommand(@TargetAggregateIdentifier String queueId, Service service,
                                        int serviceNumber, LocalDate date,
                                        String reference, LocalTime slotStart, LocalDateTime now) {
}
