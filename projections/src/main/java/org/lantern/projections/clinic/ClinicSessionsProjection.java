package org.lantern.projections.clinic;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.domain.privacy.PersonalDataErasedEvent;
import org.lantern.domain.session.AttendanceMarkedEvent;
import org.lantern.domain.session.BookingCancelledByCentreEvent;
import org.lantern.domain.session.BookingCancelledEvent;
import org.lantern.domain.session.BookingMovedEvent;
import org.lantern.domain.session.HeldPlaceReleasedEvent;
import org.lantern.domain.session.PlaceHeldForMoveEvent;
import org.lantern.domain.session.SessionCancelledEvent;
import org.lantern.domain.session.DisclosureRecordedEvent;
import org.lantern.domain.session.NoShowUndoneEvent;
import org.lantern.domain.session.SessionScheduledEvent;
import org.lantern.domain.session.SlotBookedEvent;

/** Keeps the clinic read model, and wakes the request on this node that waits to see its own change. */
@ProcessingGroup(ClinicSessionsProjection.GROUP)
public class ClinicSessionsProjection {

    public static final String GROUP = "clinic-sessions";

    private final ClinicReadModel model;
    private final ReadYourWrite readYourWrite;

    public ClinicSessionsProjection(ClinicReadModel model, ReadYourWrite readYourWrite) {
        this.model = model;
        this.readYourWrite = readYourWrite;
    }

    @EventHandler
    void on(SessionScheduledEvent event) {
        model.apply(event);
        readYourWrite.changed(event.sessionId());
    }

    @EventHandler
    void on(SlotBookedEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        readYourWrite.changed(event.reference());
    }

    @EventHandler
    void on(BookingCancelledEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        readYourWrite.changed(event.reference());
    }

    @EventHandler
    void on(BookingCancelledByCentreEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        readYourWrite.changed(event.reference());
    }

    @EventHandler
    void on(SessionCancelledEvent event) {
        model.apply(event);
        readYourWrite.changed(event.sessionId());
    }

    @EventHandler
    void on(BookingMovedEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        readYourWrite.changed(event.reference());
    }

    @EventHandler
    void on(PlaceHeldForMoveEvent event) {
        model.apply(event);
    }

    @EventHandler
    void on(HeldPlaceReleasedEvent event) {
        model.apply(event);
    }

    @EventHandler
    void on(AttendanceMarkedEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        readYourWrite.changed(event.reference());
    }

    @EventHandler
    void on(NoShowUndoneEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        readYourWrite.changed(event.reference());
    }

    @EventHandler
    void on(DisclosureRecordedEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        readYourWrite.changed(event.reference());
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        model.apply(event);
        readYourWrite.changed(event.reference());
    }
}
