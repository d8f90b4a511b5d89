package org.lantern.domain.walkin;

import java.util.Arrays;
import java.util.Optional;

/** Reception's triage of a walk-in. Urgent goes first: PEP after an exposure, sexual assault, severe symptoms. */
public enum Priority {
    URGENT("urgent"),
    SOON("soon"),
    ROUTINE("routine");

    private final String code;

    Priority(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Priority> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
