package org.lantern.domain.nightcentre;

import java.time.LocalDate;

/** A night is named by the date it starts: {@code night~2026-12-01}. */
public final class NightId {

    private static final String PREFIX = "night~";

    private NightId() {
    }

    public static String of(LocalDate date) {
        return PREFIX + date;
    }

    public static LocalDate date(String nightId) {
        return LocalDate.parse(nightId.substring(PREFIX.length()));
    }
}
