package org.lantern.projections.clinic;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.lantern.domain.clinic.BookingCancelledEvent;
import org.lantern.domain.clinic.PersonalDataErasedEvent;
import org.lantern.domain.clinic.SessionScheduledEvent;
import org.lantern.domain.clinic.SlotBookedEvent;

/** Keeps the clinic read model and tells live subscribers (the dashboard, a waiting booking form) what changed. */
@ProcessingGroup(ClinicSessionsProjection.GROUP)
public class ClinicSessionsProjection {

    public static final String GROUP = "clinic-sessions";

    private final ClinicReadModel model;
    private final ClinicQueryHandler queries;
    private final QueryUpdateEmitter emitter;

    public ClinicSessionsProjection(ClinicReadModel model, ClinicQueryHandler queries, QueryUpdateEmitter emitter) {
        this.model = model;
        this.queries = queries;
        this.emitter = emitter;
    }

    @EventHandler
    void on(SessionScheduledEvent event) {
        model.apply(event);
        emitDashboard(event.date());
    }

    @EventHandler
    void on(SlotBookedEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        emitBooking(event.reference());
        model.session(event.sessionId()).ifPresent(s -> emitDashboard(s.date()));
    }

    @EventHandler
    void on(BookingCancelledEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        emitBooking(event.reference());
        model.session(event.sessionId()).ifPresent(s -> emitDashboard(s.date()));
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        model.apply(event);
        emitBooking(event.reference());
    }

    private void emitBooking(String reference) {
        if (watched(FindBookingQuery.class, q -> q.reference().equals(reference))) {
            model.booking(reference).ifPresent(view -> emitter.emit(FindBookingQuery.class,
                    q -> q.reference().equals(reference), view));
        }
    }

    /** A dashboard costs two collection reads: build it only for a date someone is watching (not in a replay). */
    private void emitDashboard(LocalDate date) {
        if (watched(FindDashboardQuery.class, q -> q.date().equals(date))) {
            emitter.emit(FindDashboardQuery.class, q -> q.date().equals(date),
                    queries.handle(new FindDashboardQuery(date)));
        }
    }

    private <Q> boolean watched(Class<Q> type, Predicate<Q> matches) {
        return emitter.activeSubscriptions().stream().map(SubscriptionQueryMessage::getPayload)
                .filter(type::isInstance).map(type::cast).anyMatch(matches);
    }
}
