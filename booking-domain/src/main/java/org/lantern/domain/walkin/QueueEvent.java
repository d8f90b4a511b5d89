package org.lantern.domain.walkin;

/** The events of one service's queue on one day. */
public sealed interface QueueEvent permits WalkInAddedEvent, BookedArrivalQueuedEvent, PriorityChangedEvent,
        TicketCalledEvent, TicketReturnedEvent, TicketSeenEvent, TicketLeftEvent {

    String queueId();
}
