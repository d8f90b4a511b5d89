package org.lantern.domain.privacy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A person behind one or more bookings, known only by a random subject id: the consistency boundary of
 * "erased once, for every service". Its stream exists only once an erasure is asked for.
 */
public class DataSubject {

    @AggregateIdentifier
    private String subjectId;
    private boolean erased;

    protected DataSubject() {
        // for Axon
    }

    /** Answers true when this command erased the data and false when it was already erased. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(ErasePersonalDataCommand command) {
        if (erased) {
            return false;
        }
        apply(new PersonalDataErasedEvent(command.subjectId(), command.reference(), command.reason(),
                command.now()));
        return true;
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        subjectId = event.subjectId();
        erased = true;
    }
}
