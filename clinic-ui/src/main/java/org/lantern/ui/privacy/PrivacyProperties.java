package org.lantern.ui.privacy;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long personal data is kept and when reminders go out. Every value has a default; see docs/privacy.md.
 *
 * @param retention             how long after a booking's slot ends its personal data is erased
 * @param retentionCheckEvery   how often the retention job looks for bookings past their retention
 * @param firstCheckAfter       how soon after start-up the retention and reminder jobs first run
 * @param reminders             the reminder schedule
 */
@ConfigurationProperties("lantern.privacy")
public record PrivacyProperties(Duration retention, Duration retentionCheckEvery, Duration firstCheckAfter,
                                Reminders reminders) {

    /**
     * @param before     how long before a slot starts each reminder is due, e.g. a day and two hours
     * @param checkEvery how often the reminder job looks for due reminders
     */
    public record Reminders(List<Duration> before, Duration checkEvery) {

        public Reminders {
            before = before == null || before.isEmpty() ? List.of(Duration.ofDays(1), Duration.ofHours(2))
                    : List.copyOf(before);
            checkEvery = checkEvery == null ? Duration.ofMinutes(5) : checkEvery;
        }
    }

    public PrivacyProperties {
        retention = retention == null ? Duration.ofDays(90) : retention;
        retentionCheckEvery = retentionCheckEvery == null ? Duration.ofHours(1) : retentionCheckEvery;
        firstCheckAfter = firstCheckAfter == null ? Duration.ofMinutes(1) : firstCheckAfter;
        reminders = reminders == null ? new Reminders(null, null) : reminders;
    }
}
