package org.lantern.domain.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lantern.domain.session.SessionRefusal.Reason.ATTENDANCE_CONFLICT;
import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_CANCELLED;
import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_NOT_MOVABLE;
import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_NOT_FOUND;
import static org.lantern.domain.session.SessionRefusal.Reason.BOOKING_STARTED;
import static org.lantern.domain.session.SessionRefusal.Reason.DUPLICATE_REFERENCE;
import static org.lantern.domain.session.SessionRefusal.Reason.NOT_AN_ATTENDANCE;
import static org.lantern.domain.session.SessionRefusal.Reason.NOT_STARTED;
import static org.lantern.domain.session.SessionRefusal.Reason.NOT_TODAY;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_CANCELLED;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_ENDED;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_EXISTS;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_NOT_FOUND;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_STARTED;
import static org.lantern.domain.session.SessionRefusal.Reason.SLOT_FULL;
import static org.lantern.domain.session.SessionRefusal.Reason.SLOT_IN_PAST;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.lantern.domain.booking.BookingStatus;
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
    /** Every booking ever made here, by reference: its slot, where it stands, whether a no-show was undone. */
    private final Map<String, Place> bookings = new HashMap<>();
    private final Map<LocalTime, Integer> taken = new HashMap<>();
    private boolean cancelled;

    protected Session() {
        // for Axon
    }

    /** {@code movedTo}: the session and slot this booking last moved to from here, once it has. */
    private record Place(LocalTime slotStart, BookingStatus status, boolean noShowUndone, String movedTo) {

        Place(LocalTime slotStart, BookingStatus status, boolean noShowUndone) {
            this(slotStart, status, noShowUndone, null);
        }

        static String where(String sessionId, LocalTime slotStart) {
            return sessionId + "@" + slotStart;
        }

        boolean active() {
            return status.holdsPlace();
        }

        Place with(BookingStatus next) {
            return new Place(slotStart, next, noShowUndone, movedTo);
        }

        Place at(LocalTime slot) {
            return new Place(slot, status, noShowUndone, movedTo);
        }

        Place movedAwayTo(String sessionId, LocalTime slot) {
            return new Place(slotStart, BookingStatus.CANCELLED, noShowUndone, where(sessionId, slot));
        }
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
        requireOpenSlot(command.slotStart(), command.now());
        if (bookings.containsKey(command.holder().reference())) {
            throw new SessionRefusal(DUPLICATE_REFERENCE);
        }
        requireFree(command.slotStart());
        apply(new SlotBookedEvent(sessionId, service, plan.date(), command.slotStart(),
                plan.slotEnd(command.slotStart()), command.holder(), command.now(), command.language()));
    }

    /**
     * The centre calls the session off before it starts: every booking still holding a place is cancelled with
     * the reason, then the session. Calling off a session that is off already changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    List<String> handle(CancelSessionCommand command) {
        requireScheduled();
        if (cancelled) {
            return List.of();
        }
        if (!plan.date().atTime(plan.start()).isAfter(command.now())) {
            throw new SessionRefusal(SESSION_STARTED);
        }
        List<String> references = new ArrayList<>();
        bookings.entrySet().stream().filter(e -> e.getValue().active())
                .sorted(Map.Entry.comparingByKey()).forEach(e -> {
                    references.add(e.getKey());
                    apply(new BookingCancelledByCentreEvent(sessionId, service, plan.date(), e.getValue().slotStart(),
                            e.getKey(), command.reason(), command.now()));
                });
        apply(new SessionCancelledEvent(sessionId, service, plan.date(), plan.start(), plan.end(), command.reason(),
                references.size(), command.now()));
        return references;
    }

    /** A move within this session: the new place is taken and the old one freed in one event. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MoveBookingCommand command) {
        Place place = requireMovable(command.reference(), command.now());
        if (place.slotStart().equals(command.toSlot())) {
            return;
        }
        requireOpenSlot(command.toSlot(), command.now());
        requireFree(command.toSlot());
        apply(new BookingMovedEvent(sessionId, service, plan.date(), place.slotStart(), command.reference(),
                sessionId, plan.date(), command.toSlot(), plan.slotEnd(command.toSlot()), command.now()));
    }

    /** The new place of a move from another session, held under the booking's reference. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(HoldPlaceForMoveCommand command) {
        requireOpenSlot(command.slotStart(), command.now());
        Place existing = bookings.get(command.reference());
        if (existing != null && existing.active()) {
            throw new SessionRefusal(DUPLICATE_REFERENCE);
        }
        requireFree(command.slotStart());
        apply(new PlaceHeldForMoveEvent(sessionId, service, plan.date(), command.slotStart(),
                plan.slotEnd(command.slotStart()), command.reference(), command.fromSessionId(), command.now()));
    }

    /**
     * The old place of a move to another session, given up once the new one is held there. Giving it up for the
     * same new place twice is no error (a late request and the recovery sweep may both finish one move), and a new
     * time that has come meanwhile is refused: nobody is moved into the past, and the held place can go back.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReleaseMovedBookingCommand command) {
        requireScheduled();
        Place moved = bookings.get(command.reference());
        if (moved != null && !moved.active()
                && Place.where(command.toSessionId(), command.toSlotStart()).equals(moved.movedTo())) {
            return;
        }
        Place place = requireMovable(command.reference(), command.now());
        if (!command.toDate().atTime(command.toSlotStart()).isAfter(command.now())) {
            throw new SessionRefusal(SLOT_IN_PAST);
        }
        apply(new BookingMovedEvent(sessionId, service, plan.date(), place.slotStart(), command.reference(),
                command.toSessionId(), command.toDate(), command.toSlotStart(), command.toSlotEnd(), command.now(),
                command.centreReason()));
    }

    /** A held place whose move did not happen; a place not held (or not held any more) is left alone. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AbandonHeldPlaceCommand command) {
        requireScheduled();
        Place place = bookings.get(command.reference());
        if (place != null && place.active() && place.status() == BookingStatus.BOOKED) {
            apply(new HeldPlaceReleasedEvent(sessionId, service, plan.date(), place.slotStart(), command.reference(),
                    command.now()));
        }
    }

    private void requireOpenSlot(LocalTime slot, LocalDateTime now) {
        requireScheduled();
        if (cancelled) {
            throw new SessionRefusal(SESSION_CANCELLED);
        }
        plan.requireSlot(slot);
        if (plan.date().atTime(slot).isBefore(now)) {
            throw new SessionRefusal(SLOT_IN_PAST);
        }
    }

    private void requireFree(LocalTime slot) {
        if (taken.getOrDefault(slot, 0) >= plan.placesPerSlot()) {
            throw new SessionRefusal(SLOT_FULL);
        }
    }

    /** Only a booking still waiting for its time can move: not one checked in, seen, or whose time has come. */
    private Place requireMovable(String reference, LocalDateTime now) {
        requireScheduled();
        Place place = requireBooking(reference);
        if (place.status() != BookingStatus.BOOKED) {
            throw new SessionRefusal(BOOKING_NOT_MOVABLE);
        }
        if (!startOf(place).isAfter(now)) {
            throw new SessionRefusal(BOOKING_STARTED);
        }
        return place;
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

    /**
     * Arrived, seen, no-show, left. Marking what is already marked is not an error (two desks, a double tap);
     * a change that cannot follow the current status is refused and changes nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MarkAttendanceCommand command) {
        requireScheduled();
        Place place = requireBooking(command.reference());
        BookingStatus next = command.status();
        if (place.status() == next) {
            return;
        }
        switch (next) {
            case ARRIVED -> requireArrivalToday(place, command.now());
            case SEEN -> requireFrom(place, BookingStatus.BOOKED, BookingStatus.ARRIVED);
            case NO_SHOW -> requireNoShowPossible(place, command.now());
            case LEFT -> requireFrom(place, BookingStatus.ARRIVED);
            default -> throw new SessionRefusal(NOT_AN_ATTENDANCE);
        }
        if (next == BookingStatus.SEEN && command.now().toLocalDate().isBefore(plan.date())) {
            throw new SessionRefusal(NOT_STARTED);
        }
        apply(new AttendanceMarkedEvent(sessionId, service, plan.date(), place.slotStart(), command.reference(),
                next, false, command.now()));
    }

    /** The sweep's no-show: only for a booking still expected, past its grace, whose no-show was never undone. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(MarkNoShowIfDueCommand command) {
        requireScheduled();
        Place place = requireBooking(command.reference());
        boolean due = place.status() == BookingStatus.BOOKED && !place.noShowUndone()
                && !startOf(place).plus(command.grace()).isAfter(command.now());
        if (due) {
            apply(new AttendanceMarkedEvent(sessionId, service, plan.date(), place.slotStart(), command.reference(),
                    BookingStatus.NO_SHOW, true, command.now()));
        }
        return due;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(UndoNoShowCommand command) {
        requireScheduled();
        Place place = requireBooking(command.reference());
        if (place.status() == BookingStatus.BOOKED) {
            return;
        }
        requireFrom(place, BookingStatus.NO_SHOW);
        if (!command.now().isBefore(plan.endsAt())) {
            throw new SessionRefusal(SESSION_ENDED);
        }
        apply(new NoShowUndoneEvent(sessionId, service, plan.date(), place.slotStart(), command.reference(),
                command.now()));
    }

    /** Any booking ever made here, whatever became of it: the law may ask about a cancelled one too. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDisclosureCommand command) {
        requireScheduled();
        Place place = bookings.get(command.reference());
        if (place == null) {
            throw new SessionRefusal(BOOKING_NOT_FOUND);
        }
        apply(new DisclosureRecordedEvent(sessionId, service, plan.date(), command.reference(), command.basis(),
                command.now()));
    }

    private Place requireBooking(String reference) {
        Place place = bookings.get(reference);
        if (place == null) {
            throw new SessionRefusal(BOOKING_NOT_FOUND);
        }
        if (!place.active()) {
            throw new SessionRefusal(BOOKING_CANCELLED);
        }
        return place;
    }

    /** Checked in on the day only; a late arrival after a no-show is welcome while the session runs. */
    private void requireArrivalToday(Place place, LocalDateTime now) {
        if (!now.toLocalDate().equals(plan.date())) {
            throw new SessionRefusal(NOT_TODAY);
        }
        if (place.status() == BookingStatus.NO_SHOW && !now.isBefore(plan.endsAt())) {
            throw new SessionRefusal(SESSION_ENDED);
        }
        requireFrom(place, BookingStatus.BOOKED, BookingStatus.NO_SHOW);
    }

    /** Did not come: only once the time has come, and only for someone not checked in. */
    private void requireNoShowPossible(Place place, LocalDateTime now) {
        requireFrom(place, BookingStatus.BOOKED);
        if (startOf(place).isAfter(now)) {
            throw new SessionRefusal(NOT_STARTED);
        }
    }

    private static void requireFrom(Place place, BookingStatus... allowed) {
        for (BookingStatus status : allowed) {
            if (place.status() == status) {
                return;
            }
        }
        throw new SessionRefusal(ATTENDANCE_CONFLICT);
    }

    private LocalDateTime startOf(Place place) {
        return plan.date().atTime(place.slotStart());
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
        bookings.put(event.reference(), new Place(event.slotStart(), BookingStatus.BOOKED, false));
        taken.merge(event.slotStart(), 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(BookingCancelledEvent event) {
        Place place = bookings.get(event.reference());
        if (place != null && place.active()) {
            bookings.put(event.reference(), place.with(BookingStatus.CANCELLED));
            taken.merge(place.slotStart(), -1, Integer::sum);
        }
    }

    @EventSourcingHandler
    void on(BookingCancelledByCentreEvent event) {
        free(event.reference());
    }

    @EventSourcingHandler
    void on(SessionCancelledEvent event) {
        cancelled = true;
    }

    @EventSourcingHandler
    void on(PlaceHeldForMoveEvent event) {
        bookings.put(event.reference(), new Place(event.slotStart(), BookingStatus.BOOKED, false));
        taken.merge(event.slotStart(), 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(HeldPlaceReleasedEvent event) {
        free(event.reference());
    }

    @EventSourcingHandler
    void on(BookingMovedEvent event) {
        Place place = bookings.get(event.reference());
        if (place == null || !place.active()) {
            return;
        }
        taken.merge(place.slotStart(), -1, Integer::sum);
        if (event.withinSession()) {
            bookings.put(event.reference(), place.at(event.toSlotStart()));
            taken.merge(event.toSlotStart(), 1, Integer::sum);
        } else {
            bookings.put(event.reference(), place.movedAwayTo(event.toSessionId(), event.toSlotStart()));
        }
    }

    private void free(String reference) {
        Place place = bookings.get(reference);
        if (place != null && place.active()) {
            bookings.put(reference, place.with(BookingStatus.CANCELLED));
            taken.merge(place.slotStart(), -1, Integer::sum);
        }
    }

    @EventSourcingHandler
    void on(AttendanceMarkedEvent event) {
        bookings.computeIfPresent(event.reference(), (ref, place) -> place.with(event.status()));
    }

    @EventSourcingHandler
    void on(NoShowUndoneEvent event) {
        bookings.computeIfPresent(event.reference(),
                (ref, place) -> new Place(place.slotStart(), BookingStatus.BOOKED, true));
    }
}
