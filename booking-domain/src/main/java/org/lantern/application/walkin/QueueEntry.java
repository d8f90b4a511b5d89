package org.lantern.application.walkin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.walkin.CallingOrder;
import org.lantern.domain.walkin.Priority;
import org.lantern.domain.walkin.TicketStatus;

/**
 * One place in a day's queue as the read side holds it: a walk-in ticket, or a booking that checked in (then
 * {@code ticketId} is its reference and {@code slotStart} its time). {@code codeHash} never leaves the server.
 */
public record QueueEntry(String ticketId, String queueId, Service service, LocalDate date, String callNumber,
                         long arrival, Priority priority, LocalTime slotStart, TicketStatus status, String room,
                         String clinician, LocalDateTime arrivedAt, LocalDateTime calledAt, LocalDateTime seenAt,
                         String codeHash, SealedText pseudonym) {

    public boolean booking() {
        return slotStart != null;
    }

    public boolean waiting() {
        return status == TicketStatus.WAITING;
    }

    public CallingOrder.Place forOrder() {
        return new CallingOrder.Place(ticketId, priority, slotStart, arrival);
    }

    @Override
    public String toString() {
        return "QueueEntry[" + ticketId + ", " + status + "]";
    }
}
