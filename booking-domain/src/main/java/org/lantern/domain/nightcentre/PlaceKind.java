package org.lantern.domain.nightcentre;

import java.util.Arrays;
import java.util.Optional;

/** What a night booking holds: a rest place, or childcare places for one or more children. */
public enum PlaceKind {
    REST("rest"),
    CHILDCARE("childcare");

    private final String code;

    PlaceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The booking's service in the shared read model: never the word a shared screen should not show. */
    public String serviceCode() {
        return "night-" + code;
    }

    public static Optional<PlaceKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static Optional<PlaceKind> fromServiceCode(String serviceCode) {
        return Arrays.stream(values()).filter(k -> k.serviceCode().equals(serviceCode)).findFirst();
    }
}
