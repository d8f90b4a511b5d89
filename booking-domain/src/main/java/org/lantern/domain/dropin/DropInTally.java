package org.lantern.domain.dropin;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The plain visits of one day (a coffee, a shower, a chat): each counted once, numbered in the order counted.
 * Only today can be counted, so a figure is never changed after the day.
 */
public class DropInTally {

    @AggregateIdentifier
    private String tallyId;
    private int counted;

    protected DropInTally() {
        // for Axon
    }

    /** Answers how many visits the day has counted, this one included. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(CountVisitCommand command) {
        if (command.reason() == null) {
            throw new DropInRefusal(DropInRefusal.Reason.UNKNOWN_VISIT_REASON);
        }
        if (!command.now().toLocalDate().equals(command.date())) {
            throw new DropInRefusal(DropInRefusal.Reason.NOT_TODAY_TALLY);
        }
        apply(new VisitCountedEvent(command.tallyId(), command.date(), counted + 1, command.reason(), command.now()));
        return counted;
    }

    @EventSourcingHandler
    void on(VisitCountedEvent event) {
        tallyId = event.tallyId();
        counted = event.number();
    }
}
