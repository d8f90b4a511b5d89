package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.Disposable;

/**
 * Prints how fast booking is on the embedded in-memory store: latency one at a time, throughput with many at
 * once, and how long a booking takes to reach an open dashboard. Numbers, not assertions about speed.
 */
@LanternIntegrationTest
class BookingBenchmarkTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void printBookingNumbers() throws Exception {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "08:00", "20:00", 5, 4);
        List<String> starts = api.availability("sexual-health", date, date).stream()
                .map(s -> (String) s.get("start")).toList();
        int warmUp = 10;
        for (int i = 0; i < warmUp; i++) {
            api.booked(sessionId, starts.get(i / 4), "Warm up " + i);
        }

        List<Long> sequential = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long t = System.nanoTime();
            api.booked(sessionId, starts.get(3 + i / 4), "One by one " + i);
            sequential.add(System.nanoTime() - t);
        }

        int concurrent = 120;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Long> parallel = Collections.synchronizedList(new ArrayList<>());
        long began = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < concurrent; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                api.booked(sessionId, starts.get(18 + n / 4), "Many at once " + n);
                parallel.add(System.nanoTime() - t);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);

        long t = System.nanoTime();
        int slots = api.availability("sexual-health", date, date.plusDays(13)).size();
        long availability = System.nanoTime() - t;

        System.out.printf("%nBENCHMARK booking, embedded in-memory store, %d cores%n",
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  one at a time (%d): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", sequential.size(),
                ms(sequential, 50), ms(sequential, 95), ms(sequential, 100));
        System.out.printf("  8 clients, %d bookings: %.1f bookings/s, p50 %.1f ms, p95 %.1f ms%n", concurrent,
                concurrent / seconds, ms(parallel, 50), ms(parallel, 95));
        System.out.printf("  availability over 14 days (%d slots, %d bookings on the day): %.1f ms%n", slots,
                warmUp + sequential.size() + concurrent, availability / 1e6);
        assertThat(parallel).hasSize(concurrent);
    }

    @Test
    void printDashboardUpdateLatency() throws Exception {
        LocalDate today = Api.freshDate();
        clock.set(today.atTime(6, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        String sessionId = api.schedule(today, "19:00", "21:00", 5, 4);
        List<String> starts = api.availability("sexual-health", today, today).stream()
                .map(s -> (String) s.get("start")).toList();
        // when each count was first seen: a late poll may re-send an older count, which changes nothing here
        Map<Integer, Long> firstSeen = new ConcurrentHashMap<>();
        Disposable stream = api.admin().get().uri("/api/v1/dashboard/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody().filter(e -> e.data() != null)
                .subscribe(e -> firstSeen.putIfAbsent((Integer) e.data().get("booked"), System.nanoTime()));
        List<Long> latencies = new ArrayList<>();
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> firstSeen.containsKey(0));
            for (int i = 0; i < 20; i++) {
                int expected = i + 1;
                long sent = System.nanoTime();
                api.booked(sessionId, starts.get(i), "Live " + i);
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(2))
                        .until(() -> firstSeen.containsKey(expected));
                latencies.add(firstSeen.get(expected) - sent);
            }
        } finally {
            stream.dispose();
        }
        System.out.printf("%nBENCHMARK dashboard: booking request sent to update received by an open stream (%d):"
                + " p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", latencies.size(), ms(latencies, 50), ms(latencies, 95),
                ms(latencies, 100));
        assertThat(latencies).hasSize(20);
    }

    private static double ms(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
