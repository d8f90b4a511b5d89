package org.lantern.application.course;

import java.time.Duration;

/**
 * Counselling courses' tuning values ({@code lantern.course.*}), each with a default; see docs/configuration.md.
 *
 * @param unfinishedAfter a course booking still claiming its sessions this long after it began was stopped by a
 *                        crash: the recovery sweep gives back what it claimed
 * @param sweepEvery      how often the recovery sweep looks
 * @param lookAhead       how far ahead the next wholly free course is looked for
 */
public record CourseSettings(Duration unfinishedAfter, Duration sweepEvery, Duration lookAhead) {

    public CourseSettings {
        unfinishedAfter = unfinishedAfter == null ? Duration.ofMinutes(2) : unfinishedAfter;
        sweepEvery = sweepEvery == null ? Duration.ofSeconds(30) : sweepEvery;
        lookAhead = lookAhead == null ? Duration.ofDays(180) : lookAhead;
    }

    public static CourseSettings defaults() {
        return new CourseSettings(null, null, null);
    }
}
