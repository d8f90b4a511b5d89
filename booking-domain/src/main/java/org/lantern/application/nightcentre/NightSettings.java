package org.lantern.application.nightcentre;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The night centre's tuning values ({@code lantern.night.*}), each with a default; see docs/configuration.md.
 *
 * @param opens      when a night opens, unless the manager says otherwise
 * @param closes     when it closes, the next morning
 * @param releaseAt  a booked rest place not checked in by this time is released for others
 * @param offerHold  how long an offered place is held for the person on the waitlist
 * @param sweepEvery how often the deadlines (releases, expired offers) are looked at
 */
public record NightSettings(LocalTime opens, LocalTime closes, LocalTime releaseAt, Duration offerHold,
                            Duration sweepEvery) {

    public NightSettings {
        opens = opens == null ? LocalTime.of(20, 0) : opens;
        closes = closes == null ? LocalTime.of(8, 0) : closes;
        releaseAt = releaseAt == null ? LocalTime.of(23, 0) : releaseAt;
        offerHold = offerHold == null ? Duration.ofMinutes(30) : offerHold;
        sweepEvery = sweepEvery == null ? Duration.ofSeconds(30) : sweepEvery;
    }

    public static NightSettings defaults() {
        return new NightSettings(null, null, null, null, null);
    }
}
