package org.lantern.domain.clinic;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.BOOKING_NOT_FOUND;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.BOOKING_STARTED;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.CLINICIAN_OVERLAP;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.DUPLICATE_REFERENCE;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.SESSION_EXISTS;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.SESSION_NOT_FOUND;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.SLOT_FULL;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.SLOT_IN_PAST;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One date at the centre: its sessions, their slots and who holds each place. Every rule about places is
 * checked here, against the full history of the day, so a place can never be given twice.
 */
public class ClinicDay {

    @AggregateIdentifier
    private String dayId;
    private final Map<String, SessionPlan> sessions = new HashMap<>();
    private final Map<String, Booking> bookings = new HashMap<>();

    protected ClinicDay() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleSessionCommand command) {
        SessionPlan plan = SessionPlan.from(command);
        if (sessions.containsKey(command.sessionId())) {
            throw new BookingRefusedException(SESSION_EXISTS);
        }
        if (sessions.values().stream().anyMatch(plan::clashesWith)) {
            throw new BookingRefusedException(CLINICIAN_OVERLAP);
        }
        apply(new SessionScheduledEvent(command.dayId(), command.sessionId(), command.service().code(),
                command.date(), command.start(), command.end(), command.slotMinutes(), command.placesPerSlot(),
                plan.clinician()));
    }

    @CommandHandler
    void handle(BookSlotCommand command) {
        SessionPlan plan = sessions.get(command.sessionId());
        if (plan == null) {
            throw new BookingRefusedException(SESSION_NOT_FOUND);
        }
        plan.requireSlot(command.slotStart());
        if (plan.date().atTime(command.slotStart()).isBefore(command.now())) {
            throw new BookingRefusedException(SLOT_IN_PAST);
        }
        if (bookings.containsKey(command.reference())) {
            throw new BookingRefusedException(DUPLICATE_REFERENCE);
        }
        if (placesTaken(command.sessionId(), command) >= plan.placesPerSlot()) {
            throw new BookingRefusedException(SLOT_FULL);
        }
        apply(new SlotBookedEvent(dayId, command.sessionId(), command.slotStart(), command.reference(),
                command.secretHash(), command.subjectId(), command.pseudonym(), command.contact(),
                command.language(), command.remindersMayNameService(), command.now()));
    }

    @CommandHandler
    void handle(CancelBookingCommand command) {
        Booking booking = bookings.get(command.reference());
        if (booking == null) {
            throw new BookingRefusedException(BOOKING_NOT_FOUND);
        }
        if (!booking.active()) {
            return;
        }
        // once the time has started the booking is history (attended or not), which the figures must keep
        if (sessions.get(booking.sessionId()).date().atTime(booking.slotStart()).isBefore(command.now())) {
            throw new BookingRefusedException(BOOKING_STARTED);
        }
        apply(new BookingCancelledEvent(dayId, booking.sessionId(), booking.slotStart(), command.reference(),
                command.now()));
    }

    /** Only a booking of this day can be erased; erasing twice records one erasure and answers false. */
    @CommandHandler
    boolean handle(ErasePersonalDataCommand command) {
        Booking booking = bookings.get(command.reference());
        if (booking == null) {
            throw new BookingRefusedException(BOOKING_NOT_FOUND);
        }
        if (booking.erased()) {
            return false;
        }
        apply(new PersonalDataErasedEvent(dayId, command.reference(), booking.subjectId(), command.reason(),
                command.now()));
        return true;
    }

    private long placesTaken(String sessionId, BookSlotCommand command) {
        return bookings.values().stream()
                .filter(b -> b.active() && b.sessionId().equals(sessionId) && b.slotStart().equals(command.slotStart()))
                .count();
    }

    @EventSourcingHandler
    void on(SessionScheduledEvent event) {
        dayId = event.dayId();
        sessions.put(event.sessionId(), SessionPlan.from(event));
    }

    @EventSourcingHandler
    void on(SlotBookedEvent event) {
        bookings.put(event.reference(), new Booking(event.sessionId(), event.slotStart(), event.subjectId(), true,
                false));
    }

    @EventSourcingHandler
    void on(BookingCancelledEvent event) {
        bookings.computeIfPresent(event.reference(), (ref, b) -> b.cancelled());
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        bookings.computeIfPresent(event.reference(), (ref, b) -> b.withPersonalDataErased());
    }
}
