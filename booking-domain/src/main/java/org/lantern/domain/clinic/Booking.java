package org.lantern.domain.clinic;

import java.time.LocalTime;

/**
 * What the day needs to know about a booking to keep its rules: where it is, whether it holds a place, whose
 * key seals its personal fields and whether those are erased.
 */
record Booking(String sessionId, LocalTime slotStart, String subjectId, boolean active, boolean erased) {

    Booking cancelled() {
        return new Booking(sessionId, slotStart, subjectId, false, erased);
    }

    Booking withPersonalDataErased() {
        return new Booking(sessionId, slotStart, subjectId, active, true);
    }
}
