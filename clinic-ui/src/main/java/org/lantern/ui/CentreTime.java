package org.lantern.ui;

import java.time.Instant;
import org.lantern.application.booking.CentreClock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The centre's wall clock. Sessions are planned in local time (Europe/London by default); the wire carries
 * ISO-8601 with the offset that was in force on that date, so a session on a clock-change day shows right.
 */
@Component
public class CentreTime implements CentreClock {

    private final Clock clock;
    private final ZoneId zone;

    public CentreTime(Clock clock, @Value("${lantern.centre.zone:Europe/London}") ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return clock.instant();
    }

    @Override
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }

    public OffsetDateTime at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toOffsetDateTime();
    }

    /** The centre's wall-clock date and time of an instant given with any offset. */
    public LocalDateTime local(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone).toLocalDateTime();
    }
}
