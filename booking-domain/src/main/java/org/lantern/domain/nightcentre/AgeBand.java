package org.lantern.domain.nightcentre;

import java.util.Arrays;
import java.util.Optional;

/** England's EYFS age bands and how many children of each one adult may look after. */
public enum AgeBand {
    UNDER_2("under2", 3),
    TWO("two", 5),
    THREE_PLUS("threePlus", 8);

    private final String code;
    private final int perAdult;

    AgeBand(String code, int perAdult) {
        this.code = code;
        this.perAdult = perAdult;
    }

    /** The band's name on the wire. */
    public String code() {
        return code;
    }

    public int perAdult() {
        return perAdult;
    }

    public static Optional<AgeBand> fromCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
