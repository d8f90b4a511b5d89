package org.lantern.projections.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.lantern.domain.session.BookingCancelledByCentreEvent;
import org.lantern.domain.session.BookingCancelledEvent;
import org.lantern.domain.session.BookingMovedEvent;
import org.lantern.domain.session.HeldPlaceReleasedEvent;
import org.lantern.domain.session.PlaceHeldForMoveEvent;
import org.lantern.domain.session.SessionCancelledEvent;
import org.lantern.domain.session.SessionScheduledEvent;
import org.lantern.domain.session.SlotBookedEvent;

/**
 * One reception dashboard across services, fed by each service's events (they carry the date and the service,
 * so nothing is joined), and pushed to whoever watches that date. A private service shows as "private".
 */
@ProcessingGroup(DashboardProjection.GROUP)
public class DashboardProjection {

    public static final String GROUP = "reception-dashboard";

    private final DashboardReadModel model;
    private final QueryUpdateEmitter emitter;

    public DashboardProjection(DashboardReadModel model, QueryUpdateEmitter emitter) {
        this.model = model;
        this.emitter = emitter;
    }

    @EventHandler
    void on(SessionScheduledEvent event, @SequenceNumber Long sequence) {
        String label = event.service().isPrivate() ? DashboardView.PRIVATE : event.service().code();
        int slots = (int) (ChronoUnit.MINUTES.between(event.start(), event.end()) / event.slotMinutes());
        model.addSession(event.date(), event.sessionId(), label, event.start(), event.end(),
                slots * event.placesPerSlot(), sequence);
        emit(event.date());
    }

    @EventHandler
    void on(SlotBookedEvent event, @SequenceNumber Long sequence) {
        model.countBooking(event.date(), event.sessionId(), 1, sequence);
        emit(event.date());
    }

    @EventHandler
    void on(BookingCancelledEvent event, @SequenceNumber Long sequence) {
        model.countBooking(event.date(), event.sessionId(), -1, sequence);
        emit(event.date());
    }

    @EventHandler
    void on(BookingCancelledByCentreEvent event, @SequenceNumber Long sequence) {
        model.countBooking(event.date(), event.sessionId(), -1, sequence);
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

    /** A move within a session changes no count; a move away frees a place here (the new session counted it). */
    @EventHandler
    void on(BookingMovedEvent event, @SequenceNumber Long sequence) {
        if (!event.withinSession()) {
            model.countBooking(event.date(), event.sessionId(), -1, sequence);
            emit(event.date());
        }
    }

    @QueryHandler
    public DashboardView handle(FindDashboardQuery query) {
        return model.day(query.date());
    }

    /** Only for a date someone is watching (never during a rebuild nobody watches). */
    private void emit(LocalDate date) {
        boolean watched = emitter.activeSubscriptions().stream().map(m -> m.getPayload())
                .anyMatch(q -> q instanceof FindDashboardQuery f && f.date().equals(date));
        if (watched) {
            emitter.emit(FindDashboardQuery.class, q -> q.date().equals(date), model.day(date));
        }
    }
}
