package org.lantern.domain.booking;

import java.util.Arrays;
import java.util.Optional;

/** Where a booking stands. {@link #code()} is its name on the wire and in read models. */
public enum BookingStatus {
    BOOKED("booked"),
    CANCELLED("cancelled"),
    /** Checked in at reception. */
    ARRIVED("arrived"),
    SEEN("seen"),
    /** Did not come: marked by staff, or by itself once the grace period after the start has passed. */
    NO_SHOW("no-show"),
    /** Arrived, then left without being seen. */
    LEFT("left"),
    /** On a night's waitlist. */
    WAITLISTED("waitlisted"),
    /** Offered a place that came free, held for a while. */
    OFFERED("offered"),
    CHECKED_IN("checked-in"),
    CHECKED_OUT("checked-out"),
    /** A night place not checked in by the release time, given back for others. */
    RELEASED("released");

    private final String code;

    BookingStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The code, so that a page's message key reads {@code status.booked}. */
    @Override
    public String toString() {
        return code;
    }

    /** Whether the booking still holds (or waits for) its place: every status but cancelled and released. */
    public boolean holdsPlace() {
        return this != CANCELLED && this != RELEASED;
    }

    public static Optional<BookingStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
