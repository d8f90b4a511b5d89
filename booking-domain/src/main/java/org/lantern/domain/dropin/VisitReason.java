package org.lantern.domain.dropin;

import java.util.Arrays;
import java.util.Optional;

/** Why someone came in, when they booked nothing: the categories reception taps. {@link #code()} is the wire name. */
public enum VisitReason {
    COFFEE("coffee"),
    FOOD("food"),
    SHOWER("shower"),
    CLOTHES("clothes"),
    CHAT("chat"),
    SUPPLIES("supplies"),
    PHONE_OR_INTERNET("phone-or-internet"),
    ADVICE("advice"),
    OTHER("other");

    private final String code;

    VisitReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<VisitReason> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
