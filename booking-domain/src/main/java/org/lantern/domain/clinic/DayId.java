package org.lantern.domain.clinic;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * All sessions of one date live in one aggregate, so that a clinician's overlapping sessions and a slot's
 * places are checked against one consistent history. A session id starts with its date, which routes a
 * booking to its day without a look-up.
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

    /** The day a session id belongs to, or empty when the id is not one of ours. */
    public static Optional<LocalDate> dateOfSession(String sessionId) {
        if (sessionId == null || sessionId.length() < 12 || sessionId.charAt(10) != '~') {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(sessionId.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
