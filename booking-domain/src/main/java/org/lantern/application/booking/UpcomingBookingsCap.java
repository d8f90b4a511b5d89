package org.lantern.application.booking;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lantern.domain.booking.Refusal;

/**
 * At most N upcoming bookings per measure of who is asking (a client address, a reminder contact), so one
 * person cannot fill every place. Kept in memory only: neither measure is ever written down next to a booking.
 * A booking stops counting once it has started or been cancelled (the read model says which). A restart
 * forgets the counts, as it does the rate limits.
 */
public class UpcomingBookingsCap implements BookingLimit {

    private final int cap;
    private final Function<Requester, Optional<String>> measure;
    private final BookingRecords records;
    private final CentreClock clock;
    private final Map<String, Held> byMeasure;

    public UpcomingBookingsCap(int cap, Function<Requester, Optional<String>> measure, int tracked,
                               BookingRecords records, CentreClock clock) {
        this.cap = cap;
        this.measure = measure;
        this.records = records;
        this.clock = clock;
        this.byMeasure = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
                return size() > tracked;
            }
        };
    }

    @Override
    public Reservation reserve(Requester requester) {
        Optional<String> key = measure.apply(requester);
        if (key.isEmpty()) {
            return NOT_COUNTED;
        }
        Held held;
        synchronized (byMeasure) {
            held = byMeasure.computeIfAbsent(key.get(), a -> new Held());
        }
        return held.reserve();
    }

    private static final Reservation NOT_COUNTED = new Reservation() {
        @Override
        public void confirm(Booked<?> booked) {
        }

        @Override
        public void release() {
        }
    };

    /** One requester's upcoming bookings by reference, plus those being made right now. */
    private final class Held {
        private final Map<String, LocalDateTime> upcoming = new HashMap<>();
        private int pending;

        synchronized Reservation reserve() {
            LocalDateTime now = clock.now();
            upcoming.entrySet().removeIf(e -> !e.getValue().isAfter(now)
                    || records.booking(e.getKey()).filter(BookingView::active).isEmpty());
            if (upcoming.size() + pending >= cap) {
                throw new InvalidInputException("error.booking-cap", Refusal.Kind.CONFLICT);
            }
            pending++;
            return new Reservation() {
                @Override
                public void confirm(Booked<?> booked) {
                    synchronized (Held.this) {
                        pending--;
                        upcoming.put(booked.reference(), booked.item().startsAt());
                    }
                }

                @Override
                public void release() {
                    synchronized (Held.this) {
                        pending--;
                    }
                }
            };
        }
    }
}
