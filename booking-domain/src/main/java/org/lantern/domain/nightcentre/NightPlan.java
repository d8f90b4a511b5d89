package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The shape of one night: it opens on its date and closes the next morning; booked rest places not checked in
 * by the release time are released for others.
 */
public record NightPlan(LocalDate date, LocalTime opens, LocalTime closes, int restPlaces, LocalTime releaseAt) {

    public static final int MAX_REST_PLACES = 100;

    /** Checks a plan a manager asked for; throws the refusal that names what is wrong. */
    public static NightPlan checked(LocalDate date, LocalTime opens, LocalTime closes, int restPlaces,
                                    LocalTime releaseAt) {
        if (!closes.isBefore(opens)) {
            throw new NightRefusal(NightRefusal.Reason.CLOSES_NOT_NEXT_MORNING);
        }
        if (restPlaces < 0 || restPlaces > MAX_REST_PLACES) {
            throw new NightRefusal(NightRefusal.Reason.REST_PLACES_OUT_OF_RANGE);
        }
        return new NightPlan(date, opens, closes, restPlaces, releaseAt);
    }

    public LocalDateTime opensAt() {
        return date.atTime(opens);
    }

    public LocalDateTime closesAt() {
        return date.plusDays(1).atTime(closes);
    }

    /** The release time falls on the night's date when it is after opening, otherwise the next morning. */
    public LocalDateTime releasesAt() {
        LocalDateTime onDate = date.atTime(releaseAt);
        return releaseAt.isBefore(opens) ? onDate.plusDays(1) : onDate;
    }

    public boolean over(LocalDateTime now) {
        return !now.isBefore(closesAt());
    }
}
