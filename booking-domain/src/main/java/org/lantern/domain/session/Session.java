package org.lantern.domain.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_NOT_FOUND;
import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_STARTED;
import static org.lantern.domain.session.SessionRefusal.Reason.DUPLICATE_REFERENCE;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_EXISTS;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_NOT_FOUND;
import static org.lantern.domain.session.SessionRefusal.Reason.SLOT_FULL;
import static org.lantern.domain.session.SessionRefusal.Reason.SLOT_IN_PAST;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.lantern.domain.booking.Service;

/**
 * One session and its places: the consistency boundary of "a place is never given twice". Bookings of other
 * sessions, also on the same date, never wait for this one.
 */
public class Session {

    @AggregateIdentifier
    private String sessionId;
    private Service service;
    private SessionPlan plan;
    /** Every booking ever made here, by reference: its slot, and whether it still holds a place. */
    private final Map<String, Place> bookings = new HashMap<>();
    private final Map<LocalTime, Integer> taken = new HashMap<>();

    protected Session() {
        // for Axon
    }

    private record Place(LocalTime slotStart, boolean active) {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleSessionCommand command) {
        if (plan != null) {
            throw new SessionRefusal(SESSION_EXISTS);
        }
        SessionPlan p = command.plan();
        apply(new SessionScheduledEvent(command.sessionId(), command.service(), p.date(), p.start(), p.end(),
                p.slotMinutes(), p.placesPerSlot(), command.clinician()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(BookSlotCommand command) {
        requireScheduled();
        plan.requireSlot(command.slotStart());
        if (plan.date().atTime(command.slotStart()).isBefore(command.now())) {
            throw new SessionRefusal(SLOT_IN_PAST);
        }
        if (bookings.containsKey(command.holder().reference())) {
            throw new SessionRefusal(DUPLICATE_REFERENCE);
        }
        if (taken.getOrDefault(command.slotStart(), 0) >= plan.placesPerSlot()) {
            throw new SessionRefusal(SLOT_FULL);
        }
        apply(new SlotBookedEvent(sessionId, service, plan.date(), command.slotStart(),
                plan.slotEnd(command.slotStart()), command.holder(), command.now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CancelBookingCommand command) {
        requireScheduled();
        Place place = bookings.get(command.reference());
        if (place == null) {
            throw new SessionRefusal(BOOKING_NOT_FOUND);
        }
        if (!place.active()) {
            return;
        }
        // once the time has started the booking is history (attended or not), which the figures must keep
        if (plan.date().atTime(place.slotStart()).isBefore(command.now())) {
            throw new SessionRefusal(BOOKING_STARTED);
        }
        apply(new BookingCancelledEvent(sessionId, service, plan.date(), place.slotStart(), command.reference(),
                command.now()));
    }

    /** Commands to a session that does not exist reach an empty one (and store nothing): refused here. */
    private void requireScheduled() {
        if (plan == null) {
            throw new SessionRefusal(SESSION_NOT_FOUND);
        }
    }

    @EventSourcingHandler
    void on(SessionScheduledEvent event) {
        sessionId = event.sessionId();
        service = event.service();
        plan = new SessionPlan(event.date(), event.start(), event.end(), event.slotMinutes(), event.placesPerSlot());
    }

    @EventSourcingHandler
    void on(SlotBookedEvent event) {
        bookings.put(event.reference(), new Place(event.slotStart(), true));
        taken.merge(event.slotStart(), 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(BookingCancelledEvent event) {
        Place place = bookings.get(event.reference());
        if (place != null && place.active()) {
            bookings.put(event.reference(), new Place(place.slotStart(), false));
            taken.merge(place.slotStart(), -1, Integer::sum);
        }
    }
}
