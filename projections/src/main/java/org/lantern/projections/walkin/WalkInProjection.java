package org.lantern.projections.walkin;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.domain.privacy.PersonalDataErasedEvent;
import org.lantern.domain.walkin.BookedArrivalQueuedEvent;
import org.lantern.domain.walkin.PriorityChangedEvent;
import org.lantern.domain.walkin.TicketCalledEvent;
import org.lantern.domain.walkin.TicketLeftEvent;
import org.lantern.domain.walkin.TicketReturnedEvent;
import org.lantern.domain.walkin.TicketSeenEvent;
import org.lantern.domain.walkin.WalkInAddedEvent;

/** Keeps the walk-in queues' read model, and wakes the request on this node that waits for its own change. */
@ProcessingGroup(WalkInProjection.GROUP)
public class WalkInProjection {

    public static final String GROUP = "walk-in-queue";

    private final WalkInReadModel model;
    private final ReadYourWrite readYourWrite;

    public WalkInProjection(WalkInReadModel model, ReadYourWrite readYourWrite) {
        this.model = model;
        this.readYourWrite = readYourWrite;
    }

    @EventHandler
    void on(WalkInAddedEvent e, @SequenceNumber Long sequence) {
        model.apply(e, sequence);
        readYourWrite.changed(e.ticketId());
    }

    @EventHandler
    void on(BookedArrivalQueuedEvent e, @SequenceNumber Long sequence) {
        model.apply(e, sequence);
        readYourWrite.changed(e.ticketId());
    }

    @EventHandler
    void on(PriorityChangedEvent e, @SequenceNumber Long sequence) {
        model.apply(e, sequence);
        readYourWrite.changed(e.ticketId());
    }

    @EventHandler
    void on(TicketCalledEvent e, @SequenceNumber Long sequence) {
        model.apply(e, sequence);
        readYourWrite.changed(e.ticketId());
    }

    @EventHandler
    void on(TicketReturnedEvent e, @SequenceNumber Long sequence) {
        model.apply(e, sequence);
        readYourWrite.changed(e.ticketId());
    }

    @EventHandler
    void on(TicketSeenEvent e, @SequenceNumber Long sequence) {
        model.apply(e, sequence);
        readYourWrite.changed(e.ticketId());
    }

    @EventHandler
    void on(TicketLeftEvent e, @SequenceNumber Long sequence) {
        model.apply(e, sequence);
        readYourWrite.changed(e.ticketId());
    }

    @EventHandler
    void on(PersonalDataErasedEvent e) {
        model.apply(e);
        readYourWrite.changed(e.reference());
    }
}
