package org.lantern.domain.session;

import static org.lantern.domain.session.SessionRefusal.Reason.END_NOT_AFTER_START;
import static org.lantern.domain.session.SessionRefusal.Reason.NOT_A_SLOT;
import static org.lantern.domain.session.SessionRefusal.Reason.PLACES_OUT_OF_RANGE;
import static org.lantern.domain.session.SessionRefusal.Reason.SESSION_IN_PAST;
import static org.lantern.domain.session.SessionRefusal.Reason.SLOT_LENGTH_DOES_NOT_DIVIDE;
import static org.lantern.domain.session.SessionRefusal.Reason.SLOT_LENGTH_OUT_OF_RANGE;
import static org.lantern.domain.session.SessionRefusal.Reason.TOO_FAR_AHEAD;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** The shape of a session: when it runs, how it divides into slots and how many places each slot has. */
public record SessionPlan(LocalDate date, LocalTime start, LocalTime end, int slotMinutes, int placesPerSlot) {

    static final int MIN_SLOT_MINUTES = 5;
    static final int MAX_SLOT_MINUTES = 240;
    static final int MAX_PLACES = 50;
    static final int MAX_DAYS_AHEAD = 366;

    /** Checks a plan a manager asked for; throws the refusal that names what is wrong. */
    public static SessionPlan checked(LocalDate date, LocalTime start, LocalTime end, int slotMinutes,
                                      int placesPerSlot, LocalDateTime now) {
        if (slotMinutes < MIN_SLOT_MINUTES || slotMinutes > MAX_SLOT_MINUTES) {
            throw new SessionRefusal(SLOT_LENGTH_OUT_OF_RANGE);
        }
        if (placesPerSlot < 1 || placesPerSlot > MAX_PLACES) {
            throw new SessionRefusal(PLACES_OUT_OF_RANGE);
        }
        if (!end.isAfter(start)) {
            throw new SessionRefusal(END_NOT_AFTER_START);
        }
        if (!wholeMinute(start) || !wholeMinute(end) || Duration.between(start, end).toMinutes() % slotMinutes != 0) {
            throw new SessionRefusal(SLOT_LENGTH_DOES_NOT_DIVIDE);
        }
        if (date.atTime(start).isBefore(now)) {
            throw new SessionRefusal(SESSION_IN_PAST);
        }
        if (date.isAfter(now.toLocalDate().plusDays(MAX_DAYS_AHEAD))) {
            throw new SessionRefusal(TOO_FAR_AHEAD);
        }
        return new SessionPlan(date, start, end, slotMinutes, placesPerSlot);
    }

    void requireSlot(LocalTime slotStart) {
        boolean inside = !slotStart.isBefore(start) && slotStart.isBefore(end);
        if (!inside || Duration.between(start, slotStart).toMinutes() % slotMinutes != 0 || !wholeMinute(slotStart)) {
            throw new SessionRefusal(NOT_A_SLOT);
        }
    }

    /** The session's end on the wall clock; a session that ends at midnight ends on the next day. */
    LocalDateTime endsAt() {
        return end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
    }

    LocalTime slotEnd(LocalTime slotStart) {
        return slotStart.plusMinutes(slotMinutes);
    }

    private static boolean wholeMinute(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }
}
