package org.lantern.ui.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bucket4j token buckets for one limit, one bucket per key (a client address or a reference), kept in memory
 * and aged by the application's clock. At most {@code maxKeys} are remembered, least recently used first out.
 * Each node of a cluster counts on its own; docs/security.md says what that means.
 */
final class Buckets {

    private final RateLimitSettings.Limit limit;
    private final boolean lockOut;
    private final TimeMeter time;
    private final Map<String, Bucket> byKey;

    /** With {@code lockOut}, an empty bucket stays empty for the whole period instead of refilling steadily. */
    Buckets(RateLimitSettings.Limit limit, boolean lockOut, Clock clock, int maxKeys) {
        this.limit = limit;
        this.lockOut = lockOut;
        this.time = new ClockTime(clock);
        this.byKey = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one token; when there is none, how long until there is. */
    Optional<Duration> take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Without taking a token: how long until one is there, when none is now. */
    Optional<Duration> emptyFor(String key) {
        Bucket bucket;
        synchronized (byKey) {
            bucket = byKey.get(key);
        }
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    /** Tokens left for this key now, without taking one (a key never seen has them all). */
    long available(String key) {
        Bucket bucket;
        synchronized (byKey) {
            bucket = byKey.get(key);
        }
        return bucket == null ? limit.getRequests() : bucket.getAvailableTokens();
    }

    private Bucket bucket(String key) {
        synchronized (byKey) {
            return byKey.computeIfAbsent(key, k -> Bucket.builder().addLimit(bandwidth())
                    .withCustomTimePrecision(time).build());
        }
    }

    private Bandwidth bandwidth() {
        var capacity = Bandwidth.builder().capacity(limit.getRequests());
        return (lockOut ? capacity.refillIntervally(limit.getRequests(), limit.getPer())
                : capacity.refillGreedy(limit.getRequests(), limit.getPer())).build();
    }

    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
