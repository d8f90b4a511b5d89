package org.lantern.domain.walkin;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lantern.domain.walkin.QueueRefusal.Reason.DUPLICATE_TICKET;
import static org.lantern.domain.walkin.QueueRefusal.Reason.NOBODY_WAITING;
import static org.lantern.domain.walkin.QueueRefusal.Reason.NOT_A_WALK_IN;
import static org.lantern.domain.walkin.QueueRefusal.Reason.TICKET_CLOSED;
import static org.lantern.domain.walkin.QueueRefusal.Reason.TICKET_NOT_CALLED;
import static org.lantern.domain.walkin.QueueRefusal.Reason.TICKET_NOT_FOUND;
import static org.lantern.domain.walkin.QueueRefusal.Reason.TICKET_NOT_WAITING;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.lantern.domain.booking.Service;

/**
 * One service's queue on one day, walk-ins and checked-in bookings together: the consistency boundary of "nobody
 * is called twice", so two desks calling "next" at once call two different people.
 */
public class Queue {

    @AggregateIdentifier
    private String queueId;
    private Service service;
    private LocalDate date;
    private int issued;
    private final Map<String, Place> places = new LinkedHashMap<>();

    protected Queue() {
        // for Axon
    }

    private record Place(String id, Priority priority, LocalTime slotStart, long arrival, TicketStatus status,
                         String room) {

        Place with(TicketStatus next, String inRoom) {
            return new Place(id, priority, slotStart, arrival, next, inRoom);
        }

        CallingOrder.Place forOrder() {
            return new CallingOrder.Place(id, priority, slotStart, arrival);
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AddWalkInCommand c) {
        if (places.containsKey(c.ticketId())) {
            throw new QueueRefusal(DUPLICATE_TICKET);
        }
        apply(new WalkInAddedEvent(c.queueId(), c.service(), c.date(), c.ticketId(),
                CallNumbers.of(c.serviceNumber(), c.date(), issued + 1), issued + 1L, c.codeHash(), c.priority(),
                c.reason(), c.subjectId(), c.pseudonym(), c.now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(QueueBookedArrivalCommand c) {
        if (places.containsKey(c.reference())) {
            return;
        }
        apply(new BookedArrivalQueuedEvent(c.queueId(), c.service(), c.date(), c.reference(),
                CallNumbers.of(c.serviceNumber(), c.date(), issued + 1), issued + 1L, c.slotStart(), c.now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangePriorityCommand c) {
        Place place = open(c.ticketId());
        if (place.slotStart() != null) {
            throw new QueueRefusal(NOT_A_WALK_IN);
        }
        if (place.priority() != c.priority()) {
            apply(new PriorityChangedEvent(queueId, c.ticketId(), c.priority(), c.reason(), c.now()));
        }
    }

    /** Calling a place already called to the same room is a double tap, not an error. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CallTicketCommand c) {
        Place place = open(c.ticketId());
        if (place.status() == TicketStatus.CALLED && Objects.equals(place.room(), c.room())) {
            return;
        }
        if (place.status() != TicketStatus.WAITING) {
            throw new QueueRefusal(TICKET_NOT_WAITING);
        }
        apply(new TicketCalledEvent(queueId, c.ticketId(), c.room(), c.clinician(), c.now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(CallNextCommand c) {
        List<Place> waiting = places.values().stream().filter(p -> p.status() == TicketStatus.WAITING).toList();
        LocalTime now = c.now().toLocalDate().isAfter(date == null ? c.now().toLocalDate() : date)
                ? LocalTime.MAX : c.now().toLocalTime();
        Place next = CallingOrder.sort(waiting, Place::forOrder, now).stream().findFirst()
                .orElseThrow(() -> new QueueRefusal(NOBODY_WAITING));
        apply(new TicketCalledEvent(queueId, next.id(), c.room(), c.clinician(), c.now()));
        return next.id();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReturnTicketCommand c) {
        Place place = open(c.ticketId());
        if (place.status() == TicketStatus.WAITING) {
            return;
        }
        apply(new TicketReturnedEvent(queueId, c.ticketId(), c.now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MarkTicketSeenCommand c) {
        Place place = find(c.ticketId());
        if (place.status() == TicketStatus.SEEN) {
            return;
        }
        open(c.ticketId());
        apply(new TicketSeenEvent(queueId, c.ticketId(), c.now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MarkTicketLeftCommand c) {
        Place place = find(c.ticketId());
        if (place.status() == TicketStatus.LEFT) {
            return;
        }
        open(c.ticketId());
        apply(new TicketLeftEvent(queueId, c.ticketId(), c.now()));
    }

    private Place find(String ticketId) {
        Place place = places.get(ticketId);
        if (place == null) {
            throw new QueueRefusal(TICKET_NOT_FOUND);
        }
        return place;
    }

    /** A place still in the queue or in a room: seen and left are final. */
    private Place open(String ticketId) {
        Place place = find(ticketId);
        if (place.status() == TicketStatus.SEEN || place.status() == TicketStatus.LEFT) {
            throw new QueueRefusal(TICKET_CLOSED);
        }
        return place;
    }

    @EventSourcingHandler
    void on(WalkInAddedEvent e) {
        start(e.queueId(), e.service(), e.date());
        issued = (int) e.arrival();
        places.put(e.ticketId(), new Place(e.ticketId(), e.priority(), null, e.arrival(), TicketStatus.WAITING, null));
    }

    @EventSourcingHandler
    void on(BookedArrivalQueuedEvent e) {
        start(e.queueId(), e.service(), e.date());
        issued = (int) e.arrival();
        places.put(e.ticketId(), new Place(e.ticketId(), null, e.slotStart(), e.arrival(), TicketStatus.WAITING, null));
    }

    private void start(String id, Service s, LocalDate d) {
        queueId = id;
        service = s;
        date = d;
    }

    @EventSourcingHandler
    void on(PriorityChangedEvent e) {
        places.computeIfPresent(e.ticketId(), (id, p) -> new Place(id, e.priority(), p.slotStart(), p.arrival(),
                p.status(), p.room()));
    }

    @EventSourcingHandler
    void on(TicketCalledEvent e) {
        places.computeIfPresent(e.ticketId(), (id, p) -> p.with(TicketStatus.CALLED, e.room()));
    }

    @EventSourcingHandler
    void on(TicketReturnedEvent e) {
        places.computeIfPresent(e.ticketId(), (id, p) -> p.with(TicketStatus.WAITING, null));
    }

    @EventSourcingHandler
    void on(TicketSeenEvent e) {
        places.computeIfPresent(e.ticketId(), (id, p) -> p.with(TicketStatus.SEEN, p.room()));
    }

    @EventSourcingHandler
    void on(TicketLeftEvent e) {
        places.computeIfPresent(e.ticketId(), (id, p) -> p.with(TicketStatus.LEFT, p.room()));
    }
}
