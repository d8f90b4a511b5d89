package org.lantern.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Closed-loop load: each virtual client books, waits for the answer, and books again at once, from a client
 * address of its own. Every answer other than 201 is counted as a failure: the slots are handed out so that no
 * place is ever asked for twice, so a refusal means the app failed.
 */
final class Load {

    /** After this many failed bookings the app is taken to be broken and the run stops. */
    static final int GIVE_UP_AFTER = 200;

    private final LanternApi api;
    private final AtomicLong events;
    private final Map<String, Integer> failures = new TreeMap<>();

    Load(LanternApi api, AtomicLong events) {
        this.api = api;
        this.events = events;
    }

    /** Places handed out one at a time, round-robin over the slots given, never more than a slot holds. */
    static final class SlotPool {

        private final List<LanternApi.Slot> slots;
        private final long capacity;
        private final AtomicLong next = new AtomicLong();
        private final String name;

        SlotPool(String name, List<LanternApi.Slot> slots, int placesPerSlot) {
            this.name = name;
            this.slots = List.copyOf(slots);
            this.capacity = (long) slots.size() * placesPerSlot;
        }

        LanternApi.Slot next() {
            long n = next.getAndIncrement();
            return n < capacity ? slots.get((int) (n % slots.size())) : null;
        }

        long capacity() {
            return capacity;
        }

        String name() {
            return name;
        }
    }

    record Sample(long start, long end, int status) {
    }

    record Result(String name, int clients, long eventsBefore, int bookings, double seconds, Latencies latencies,
                  int failed, boolean ranOutOfPlaces) {

        double perSecond() {
            return bookings / seconds;
        }
    }

    /** Books for warm-up plus measure; throughput and latency of the bookings that finished inside the measure. */
    Result run(String name, SlotPool pool, int clients, Duration warmUp, Duration measure) throws InterruptedException {
        long eventsBefore = events.get();
        long began = System.nanoTime();
        long measureFrom = began + warmUp.toNanos();
        long stopAt = measureFrom + measure.toNanos();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        boolean[] ranOut = new boolean[1];
        runClients(clients, () -> stopAt - System.nanoTime(), pool, samples, ranOut);
        long lastEnd = samples.stream().mapToLong(Sample::end).max().orElse(stopAt);
        long windowEnd = Math.min(stopAt, lastEnd);
        List<Long> inWindow = new ArrayList<>();
        int failed = 0;
        for (Sample s : samples) {
            if (s.status() != 201) {
                failed++;
            } else if (s.end() >= measureFrom && s.end() <= windowEnd) {
                inWindow.add(s.end() - s.start());
            }
        }
        double seconds = Math.max(1e-9, (windowEnd - measureFrom) / 1e9);
        return new Result(name, clients, eventsBefore, inWindow.size(), seconds, Latencies.of(inWindow), failed,
                ranOut[0]);
    }

    /** Books with many clients until the store holds at least this many events. */
    void fill(SlotPool pool, int clients, long targetEvents) throws InterruptedException {
        runClients(clients, () -> targetEvents - events.get(), pool, new ConcurrentLinkedQueue<>(), new boolean[1]);
    }

    /** One client booking one after the other: the latency of a booking on its own. */
    Latencies sequential(SlotPool pool, int bookings) throws InterruptedException {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicLong left = new AtomicLong(bookings);
        runClients(1, left::getAndDecrement, pool, samples, new boolean[1]);
        return Latencies.of(samples.stream().filter(s -> s.status() == 201).map(s -> s.end() - s.start()).toList());
    }

    /** Failures by HTTP status (-1: no answer), over every booking of the run. */
    synchronized Map<String, Integer> failures() {
        return new LinkedHashMap<>(failures);
    }

    synchronized int failureCount() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void runClients(int clients, LongSupplier keepGoing, SlotPool pool, ConcurrentLinkedQueue<Sample> samples,
                            boolean[] ranOut) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String address = LanternApi.nextAddress();
            Thread t = new Thread(() -> {
                while (keepGoing.getAsLong() > 0 && failureCount() < GIVE_UP_AFTER) {
                    LanternApi.Slot slot = pool.next();
                    if (slot == null) {
                        ranOut[0] = true;
                        return;
                    }
                    long start = System.nanoTime();
                    LanternApi.Answer answer = api.book(slot, address);
                    long end = System.nanoTime();
                    samples.add(new Sample(start, end, answer.status()));
                    if (answer.is(201)) {
                        events.incrementAndGet();
                    } else {
                        fail(pool.name(), answer);
                    }
                }
            }, "client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failureCount() >= GIVE_UP_AFTER) {
            throw new IllegalStateException(failureCount() + " bookings failed: " + failures());
        }
    }

    private synchronized void fail(String where, LanternApi.Answer answer) {
        String code = answer.body() != null && answer.body().has("code") ? " " + answer.body().get("code").asText() : "";
        failures.merge(answer.status() + code + " (" + where + ")", 1, Integer::sum);
    }
}
