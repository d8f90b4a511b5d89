package org.lantern.projections.nightcentre;

import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.nightcentre.CheckedInEvent;
import org.lantern.domain.nightcentre.CheckedOutEvent;
import org.lantern.domain.nightcentre.NightBookingCancelledEvent;
import org.lantern.domain.nightcentre.NightPlaceBookedEvent;
import org.lantern.domain.nightcentre.NightPlannedEvent;
import org.lantern.domain.nightcentre.NightWaitlistJoinedEvent;
import org.lantern.domain.nightcentre.OfferAcceptedEvent;
import org.lantern.domain.nightcentre.OfferExpiredEvent;
import org.lantern.domain.nightcentre.PlaceOfferedEvent;
import org.lantern.domain.nightcentre.RestPlaceReleasedEvent;
import org.lantern.domain.nightcentre.RosterSetEvent;
import org.lantern.domain.privacy.PersonalDataErasedEvent;

/**
 * Keeps the night centre's read model, wakes the request on this node that waits to see its own change, and
 * tells whoever watches a night's board that it changed.
 */
@ProcessingGroup(NightCentreProjection.GROUP)
public class NightCentreProjection {

    public static final String GROUP = "night-centre";

    private final NightReadModel model;
    private final ReadYourWrite readYourWrite;
    private final QueryUpdateEmitter emitter;

    public NightCentreProjection(NightReadModel model, ReadYourWrite readYourWrite, QueryUpdateEmitter emitter) {
        this.model = model;
        this.readYourWrite = readYourWrite;
        this.emitter = emitter;
    }

    @EventHandler
    void on(NightPlannedEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        readYourWrite.changed(event.nightId());
        emit(event.date(), sequence);
    }

    @EventHandler
    void on(RosterSetEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        readYourWrite.changed(event.nightId());
        emit(event.date(), sequence);
    }

    @EventHandler
    void on(NightPlaceBookedEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        changed(event.reference(), event.date(), sequence);
    }

    @EventHandler
    void on(NightWaitlistJoinedEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        changed(event.reference(), event.date(), sequence);
    }

    @EventHandler
    void on(PlaceOfferedEvent event, @SequenceNumber Long sequence) {
        model.status(event.reference(), BookingStatus.OFFERED, event.expiresAt(), sequence);
        changed(event.reference(), event.date(), sequence);
    }

    @EventHandler
    void on(OfferAcceptedEvent event, @SequenceNumber Long sequence) {
        model.status(event.reference(), BookingStatus.BOOKED, null, sequence);
        changed(event.reference(), event.date(), sequence);
    }

    @EventHandler
    void on(OfferExpiredEvent event, @SequenceNumber Long sequence) {
        model.status(event.reference(), BookingStatus.WAITLISTED, null, sequence);
        changed(event.reference(), event.date(), sequence);
    }

    @EventHandler
    void on(NightBookingCancelledEvent event, @SequenceNumber Long sequence) {
        model.status(event.reference(), BookingStatus.CANCELLED, null, sequence);
        changed(event.reference(), event.date(), sequence);
    }

    @EventHandler
    void on(RestPlaceReleasedEvent event, @SequenceNumber Long sequence) {
        model.status(event.reference(), BookingStatus.RELEASED, null, sequence);
        changed(event.reference(), event.date(), sequence);
    }

    @EventHandler
    void on(CheckedInEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        changed(event.reference(), event.date(), sequence);
    }

    @EventHandler
    void on(CheckedOutEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        changed(event.reference(), event.date(), sequence);
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        model.apply(event);
        readYourWrite.changed(event.reference());
    }

    /** The current answer of a board's subscription: only its updates matter. */
    @QueryHandler
    public Long handle(WatchNightQuery query) {
        return 0L;
    }

    private void changed(String reference, LocalDate date, long sequence) {
        readYourWrite.changed(reference);
        emit(date, sequence);
    }

    /** Only for a night someone is watching (never during a rebuild nobody watches). */
    private void emit(LocalDate date, long sequence) {
        boolean watched = emitter.activeSubscriptions().stream().map(m -> m.getPayload())
                .anyMatch(q -> q instanceof WatchNightQuery w && w.date().equals(date));
        if (watched) {
            emitter.emit(WatchNightQuery.class, q -> q.date().equals(date), sequence);
        }
    }
}
