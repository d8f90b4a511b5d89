package org.lantern.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The wire form of a wall-clock time at the centre, for tests that build requests by hand. */
public final class CentreTimes {

    private CentreTimes() {
    }

    public static String london(LocalDate date, int hour, int plusMinutes) {
        return ZonedDateTime.of(date, LocalTime.of(hour, 0).plusMinutes(plusMinutes), ZoneId.of("Europe/London"))
                .toOffsetDateTime().toString();
    }
}
