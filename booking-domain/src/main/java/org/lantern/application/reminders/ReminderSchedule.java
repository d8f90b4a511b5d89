package org.lantern.application.reminders;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder of a booking is due now. Only the latest due reminder goes out (a person who books two
 * hours ahead gets one text, not two), and a reminder that was already due when the booking was made is
 * skipped.
 */
public record ReminderSchedule(List<Duration> before) {

    public Optional<Duration> dueNow(LocalDateTime startsAt, LocalDateTime bookedAt, LocalDateTime now) {
        if (!now.isBefore(startsAt)) {
            return Optional.empty();
        }
        return before.stream()
                .filter(d -> !now.isBefore(startsAt.minus(d)))
                .min(Comparator.naturalOrder())
                .filter(d -> bookedAt == null || bookedAt.isBefore(startsAt.minus(d)));
    }

    public Duration longest() {
        return before.stream().max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }
}
