package org.lantern.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Percentiles of measured times (nearest rank), in milliseconds. */
record Latencies(long[] sortedNanos) {

    static Latencies of(Collection<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    int count() {
        return sortedNanos.length;
    }

    double ms(double percentile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.min(sortedNanos.length, Math.max(1, rank)) - 1] / 1e6;
    }

    double p50() {
        return ms(50);
    }

    double p99() {
        return ms(99);
    }

    double max() {
        return ms(100);
    }

    static String format(double ms) {
        if (Double.isNaN(ms)) {
            return "–";
        }
        return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }
}
