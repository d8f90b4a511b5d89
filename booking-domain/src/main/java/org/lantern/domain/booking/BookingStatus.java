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
    LEFT("left");

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

    /** Whether the booking still holds its place: every status but cancelled. */
    public boolean holdsPlace() {
        return this != CANCELLED;
    }

    public static Optional<BookingStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
