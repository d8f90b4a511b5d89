package org.lantern.domain.clinic;

import static org.lantern.domain.clinic.BookingRefusedException.Reason.END_NOT_AFTER_START;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.NOT_A_SLOT;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.PLACES_OUT_OF_RANGE;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.SESSION_IN_PAST;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.SLOT_LENGTH_DOES_NOT_DIVIDE;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.SLOT_LENGTH_OUT_OF_RANGE;
import static org.lantern.domain.clinic.BookingRefusedException.Reason.TOO_FAR_AHEAD;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/** The shape of a session: when it runs, how it divides into slots and how many places each slot has. */
record SessionPlan(LocalDate date, LocalTime start, LocalTime end, int slotMinutes, int placesPerSlot,
                   String clinician) {

    static final int MIN_SLOT_MINUTES = 5;
    static final int MAX_SLOT_MINUTES = 240;
    static final int MAX_PLACES = 50;
    static final int MAX_DAYS_AHEAD = 366;

    static SessionPlan from(ScheduleSessionCommand c) {
        if (c.slotMinutes() < MIN_SLOT_MINUTES || c.slotMinutes() > MAX_SLOT_MINUTES) {
            throw new BookingRefusedException(SLOT_LENGTH_OUT_OF_RANGE);
        }
        if (c.placesPerSlot() < 1 || c.placesPerSlot() > MAX_PLACES) {
            throw new BookingRefusedException(PLACES_OUT_OF_RANGE);
        }
        if (!c.end().isAfter(c.start())) {
            throw new BookingRefusedException(END_NOT_AFTER_START);
        }
        if (!wholeMinute(c.start()) || !wholeMinute(c.end())
                || Duration.between(c.start(), c.end()).toMinutes() % c.slotMinutes() != 0) {
            throw new BookingRefusedException(SLOT_LENGTH_DOES_NOT_DIVIDE);
        }
        if (c.date().atTime(c.start()).isBefore(c.now())) {
            throw new BookingRefusedException(SESSION_IN_PAST);
        }
        if (c.date().isAfter(c.now().toLocalDate().plusDays(MAX_DAYS_AHEAD))) {
            throw new BookingRefusedException(TOO_FAR_AHEAD);
        }
        return new SessionPlan(c.date(), c.start(), c.end(), c.slotMinutes(), c.placesPerSlot(),
                normalise(c.clinician()));
    }

    static SessionPlan from(SessionScheduledEvent e) {
        return new SessionPlan(e.date(), e.start(), e.end(), e.slotMinutes(), e.placesPerSlot(), e.clinician());
    }

    boolean clashesWith(SessionPlan other) {
        return clinician != null
                && clinician.equals(other.clinician)
                && start.isBefore(other.end)
                && other.start.isBefore(end);
    }

    void requireSlot(LocalTime slotStart) {
        boolean inside = !slotStart.isBefore(start) && slotStart.isBefore(end);
        if (!inside || Duration.between(start, slotStart).toMinutes() % slotMinutes != 0
                || slotStart.getSecond() != 0 || slotStart.getNano() != 0) {
            throw new BookingRefusedException(NOT_A_SLOT);
        }
    }

    private static boolean wholeMinute(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }

    private static String normalise(String clinician) {
        if (clinician == null || clinician.isBlank()) {
            return null;
        }
        return clinician.strip().toLowerCase(Locale.ROOT);
    }
}
