package org.lantern.application.booking;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A request that changed something waits here until this node's read model shows the change, so the person's
 * next request sees their own write. A projection calls {@link #changed} after each write, which wakes only the
 * request waiting for that key (a booking's reference, a session's id); a look now and then covers a projection
 * running on another node, whose writes this node never hears. The change is made before anyone waits, so the
 * wait never fails a request: at worst it ends.
 */
public class ReadYourWrite {

    private final ConcurrentHashMap<String, CountDownLatch> waiting = new ConcurrentHashMap<>();
    private final Duration max;
    private final Duration poll;

    public ReadYourWrite(BookingSettings settings) {
        this.max = settings.readYourWrite();
        this.poll = settings.visiblePoll();
    }

    /** The read model now shows a change to what this key names. */
    public void changed(String key) {
        CountDownLatch latch = waiting.remove(key);
        if (latch != null) {
            latch.countDown();
        }
    }

    /**
     * Starts watching a key before the command that changes it is sent, so that the projection's signal cannot
     * slip past, and the read model is read only once the projection says it wrote (or a poll interval passed).
     */
    public Watch watch(String key) {
        return new Watch(key);
    }

    /** Waits until {@code visible} holds, at most the configured time; false when it never did. */
    public boolean await(String key, BooleanSupplier visible) {
        try (Watch watch = watch(key)) {
            return visible.getAsBoolean() || watch.await(visible);
        } catch (RuntimeException lookFailed) {
            return false;
        }
    }

    /** A wait for one key's change, registered before the change is made. Close it when done. */
    public final class Watch implements AutoCloseable {
        private final String key;
        private CountDownLatch latch;

        private Watch(String key) {
            this.key = key;
            this.latch = waiting.computeIfAbsent(key, k -> new CountDownLatch(1));
        }

        /** Waits for the signal (or the next poll), then looks; false when it never held in the configured time. */
        public boolean await(BooleanSupplier visible) {
            long giveUp = System.nanoTime() + max.toNanos();
            try {
                while (true) {
                    long left = giveUp - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    latch.await(Math.min(left, poll.toNanos()), TimeUnit.NANOSECONDS);
                    // armed before looking: a change made while looking wakes the next wait at once
                    CountDownLatch next = waiting.computeIfAbsent(key, k -> new CountDownLatch(1));
                    if (visible.getAsBoolean()) {
                        return true;
                    }
                    latch = next;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (RuntimeException lookFailed) {
                return false;
            }
        }

        @Override
        public void close() {
            waiting.remove(key, latch);
        }
    }
}
