package org.lantern.application.attendance;

import java.time.Duration;

/**
 * Attendance's tuning values ({@code lantern.attendance.*}), each with a default; see docs/configuration.md.
 *
 * @param noShowGrace how long after its start a booking not checked in becomes a no-show by itself
 * @param sweepEvery  how often the no-show sweep looks for bookings past their grace
 * @param defaultConsultation what the walk-in queue's estimate assumes per person before anyone was seen today
 */
public record AttendanceSettings(Duration noShowGrace, Duration sweepEvery, Duration defaultConsultation) {

    public AttendanceSettings {
        noShowGrace = noShowGrace == null ? Duration.ofMinutes(15) : noShowGrace;
        sweepEvery = sweepEvery == null ? Duration.ofSeconds(30) : sweepEvery;
        defaultConsultation = defaultConsultation == null ? Duration.ofMinutes(15) : defaultConsultation;
    }

    public static AttendanceSettings defaults() {
        return new AttendanceSettings(null, null, null);
    }
}
