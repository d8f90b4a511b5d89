package org.lantern.application.clinic;

import java.time.Duration;

/**
 * Moving a booking's tuning values ({@code lantern.move.*}), each with a default; see docs/configuration.md.
 *
 * @param unfinishedAfter a place held for a move this long ago whose old place is still held was left by a crash:
 *                        the recovery sweep finishes the move or frees the held place
 * @param sweepEvery      how often the recovery sweep looks
 */
public record MoveSettings(Duration unfinishedAfter, Duration sweepEvery) {

    public MoveSettings {
        unfinishedAfter = unfinishedAfter == null ? Duration.ofMinutes(2) : unfinishedAfter;
        sweepEvery = sweepEvery == null ? Duration.ofSeconds(30) : sweepEvery;
    }

    public static MoveSettings defaults() {
        return new MoveSettings(null, null);
    }
}
