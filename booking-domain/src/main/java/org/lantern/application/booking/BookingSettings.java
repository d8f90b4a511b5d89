package org.lantern.application.booking;

import java.time.Duration;

/**
 * The booking pipeline's tuning values ({@code lantern.booking.*}), each with a default; see
 * docs/configuration.md.
 *
 * @param readYourWrite       how long a change waits to be visible on this node's read model before it answers anyway
 * @param visiblePoll         how often a waiting request looks at the read model itself (a projection on another node)
 * @param retryWait           how long a retry with an Idempotency-Key waits for the first request with that key
 * @param retryStaleAfter     after how long a first request that never finished no longer blocks its key
 * @param retryKeptFor        how long an Idempotency-Key's record is kept
 */
public record BookingSettings(Duration readYourWrite, Duration visiblePoll, Duration retryWait,
                              Duration retryStaleAfter, Duration retryKeptFor) {

    public BookingSettings {
        readYourWrite = readYourWrite == null ? Duration.ofSeconds(5) : readYourWrite;
        visiblePoll = visiblePoll == null ? Duration.ofMillis(100) : visiblePoll;
        retryWait = retryWait == null ? Duration.ofSeconds(20) : retryWait;
        retryStaleAfter = retryStaleAfter == null ? Duration.ofMinutes(1) : retryStaleAfter;
        retryKeptFor = retryKeptFor == null ? Duration.ofHours(24) : retryKeptFor;
    }

    public static BookingSettings defaults() {
        return new BookingSettings(null, null, null, null, null);
    }
}
