package org.lantern.domain.booking;

import java.util.Arrays;
import java.util.Optional;

/** Where a booking stands. {@link #code()} is its name on the wire and in read models. */
public enum BookingStatus {
    BOOKED("booked"),
    WAITLISTED("waitlisted"),
    OFFERED("offered"),
    CHECKED_IN("checked-in"),
    CHECKED_OUT("checked-out"),
    RELEASED("released"),
    CANCELLED("cancelled");

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

    public static Optional<BookingStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
