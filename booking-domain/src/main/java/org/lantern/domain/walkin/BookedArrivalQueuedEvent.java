package org.lantern.domain.walkin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Service;

/** A person who booked checked in and joined the day's queue of their service; {@code ticketId} is the reference. */
@Revision("1")
public record BookedArrivalQueuedEvent(String queueId, Service service, LocalDate date, String ticketId,
                                       String callNumber, long arrival, LocalTime slotStart,
                                       LocalDateTime arrivedAt) implements QueueEvent {
}
