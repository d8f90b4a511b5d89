package org.lantern.domain.clinic;

import java.time.LocalTime;

/** What the day needs to know about a booking to keep its rules: where it is and whether it holds a place. */
record Booking(String sessionId, LocalTime slotStart, boolean active) {

    Booking cancelled() {
        return new Booking(sessionId, slotStart, false);
    }
}
