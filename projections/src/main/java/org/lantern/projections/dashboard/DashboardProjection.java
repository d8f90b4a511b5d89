package org.lantern.projections.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.lantern.domain.session.BookingCancelledEvent;
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
