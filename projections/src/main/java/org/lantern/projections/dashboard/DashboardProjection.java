package org.lantern.projections.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.lantern.domain.session.BookingCancelledByCentreEvent;
import org.lantern.domain.booking.SharedNames;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.session.BookingCancelledEvent;
import org.lantern.domain.session.BookingMovedEvent;
import org.lantern.domain.session.HeldPlaceReleasedEvent;
import org.lantern.domain.session.PlaceHeldForMoveEvent;
import org.lantern.domain.session.SessionCancelledEvent;
import org.lantern.domain.session.SessionScheduledEvent;
import org.lantern.domain.session.SlotBookedEvent;

/**
 * One reception dashboard across services, fed by each service's events (they carry the date and the service,
 * so nothing is joined), and pushed to whoever watches that date. A private service shows as "private". A
 * booking's needs stay sealed in the read model and are opened when the day is shown, so erasing the person
 * takes them off the dashboard too.
 */
@ProcessingGroup(DashboardProjection.GROUP)
public class DashboardProjection {

    public static final String GROUP = "reception-dashboard";

    private final DashboardReadModel model;
    private final QueryUpdateEmitter emitter;
    private final PersonalDataVault vault;
    private final SharedNames sharedNames;

    public DashboardProjection(DashboardReadModel model, QueryUpdateEmitter emitter, PersonalDataVault vault, SharedNames sharedNames) {
        this.sharedNames = sharedNames;
        this.model = model;
        this.emitter = emitter;
        this.vault = vault;
    }

    @EventHandler
    void on(SessionScheduledEvent event, @SequenceNumber Long sequence) {
        String label = sharedNames.shown(event.service());
        int slots = (int) (ChronoUnit.MINUTES.between(event.start(), event.end()) / event.slotMinutes());
        model.addSession(event.date(), event.sessionId(), label, event.start(), event.end(),
                slots * event.placesPerSlot(), sequence);
        emit(event.date());
    }

    @EventHandler
    void on(SlotBookedEvent event, @SequenceNumber Long sequence) {
        if (event.holder().needs() == null) {
            model.countBooking(event.date(), event.sessionId(), 1, sequence);
        } else {
            model.noteNeeds(event.date(), event.sessionId(), event.reference(), event.slotStart(),
                    event.holder().needs(), sequence);
        }
        emit(event.date());
    }

    @EventHandler
    void on(BookingCancelledEvent event, @SequenceNumber Long sequence) {
        model.cancelBooking(event.date(), event.sessionId(), event.reference(), sequence);
        emit(event.date());
    }

    @EventHandler
    void on(BookingCancelledByCentreEvent event, @SequenceNumber Long sequence) {
        model.cancelBooking(event.date(), event.sessionId(), event.reference(), sequence);
        emit(event.date());
    }

    /** Called off: no place left to offer. */
    @EventHandler
    void on(SessionCancelledEvent event, @SequenceNumber Long sequence) {
        model.closeSession(event.date(), event.sessionId(), sequence);
        emit(event.date());
    }

    @EventHandler
    void on(PlaceHeldForMoveEvent event, @SequenceNumber Long sequence) {
        model.countBooking(event.date(), event.sessionId(), 1, sequence);
        emit(event.date());
    }

    @EventHandler
    void on(HeldPlaceReleasedEvent event, @SequenceNumber Long sequence) {
        model.countBooking(event.date(), event.sessionId(), -1, sequence);
        emit(event.date());
    }

    /**
     * A move within a session changes no count; a move away frees a place here (the new session counted it). The
     * booking's needs follow it to its new time either way.
     */
    @EventHandler
    void on(BookingMovedEvent event, @SequenceNumber Long sequence) {
        if (event.withinSession()) {
            model.moveWithin(event.date(), event.sessionId(), event.reference(), event.toSlotStart(), sequence);
        } else {
            model.moveAway(event.date(), event.sessionId(), event.reference(), event.toDate(), event.toSessionId(),
                    event.toSlotStart(), sequence);
            emit(event.toDate());
        }
        emit(event.date());
    }

    @QueryHandler
    public DashboardView handle(FindDashboardQuery query) {
        return day(query.date());
    }

    private DashboardView day(LocalDate date) {
        return model.day(date, vault::openAll);
    }

    /** Only for a date someone is watching (never during a rebuild nobody watches). */
    private void emit(LocalDate date) {
        boolean watched = emitter.activeSubscriptions().stream().map(m -> m.getPayload())
                .anyMatch(q -> q instanceof FindDashboardQuery f && f.date().equals(date));
        if (watched) {
            emitter.emit(FindDashboardQuery.class, q -> q.date().equals(date), day(date));
        }
    }
}
