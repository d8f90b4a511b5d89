package org.lantern.domain.clinic;

import java.time.LocalDate;

/**
 * All sessions of one date live in one aggregate, so that a clinician's overlapping sessions and a slot's
 * places are checked against one consistent history. A session id starts with its date, so it names its day
 * at a glance.
 */
public final class DayId {

    private static final String PREFIX = "day-";

    private DayId() {
    }

    public static String of(LocalDate date) {
        return PREFIX + date;
    }

    public static String sessionId(LocalDate date, String suffix) {
        return date + "~" + suffix;
    }
}
