package org.lantern.domain.booking;

import java.util.Arrays;
import java.util.Optional;

/** The bookable services that run as sessions of slots. {@link #code()} is their name on the wire. */
public enum Service {
    SEXUAL_HEALTH("sexual-health"),
    POLICE_CLINIC("police-clinic"),
    COUNSELLING("counselling");

    private final String code;

    Service(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The most sensitive service: shown on shared screens only as a private appointment. */
    public boolean isPrivate() {
        return this == POLICE_CLINIC;
    }

    public static Optional<Service> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
