package org.lantern.domain.booking;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of service Lantern knows how to book. {@link #code()} is the kind's name on the wire. */
public enum ServiceKind {
    /** One-to-one appointments: a session of slots, each with its places. */
    SLOTS("slots"),
    /** A group session (a support group, a workshop): one slot as long as the session, with a number of places. */
    GROUP("group"),
    /** A course of weekly sessions with the same member of staff, booked all or none; a session can be booked alone. */
    COURSE("course");

    private final String code;

    ServiceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ServiceKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
