package org.lantern.application.booking;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
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
    private final int alertAt;
    private final IntConsumer alert;

    public UpcomingBookingsCap(int cap, Function<Requester, Optional<String>> measure, int tracked,
                               BookingRecords records, CentreClock clock) {
        this(cap, measure, tracked, records, clock, Integer.MAX_VALUE, n -> { });
    }

    /**
     * With an alert: when one measure's upcoming bookings reach {@code alertAt}, {@code alert} hears it once
     * (and again only after they fell below and rose again), so a person can look before the cap refuses anyone.
     */
    public UpcomingBookingsCap(int cap, Function<Requester, Optional<String>> measure, int tracked,
                               BookingRecords records, CentreClock clock, int alertAt, IntConsumer alert) {
        this.alertAt = alertAt;
        this.alert = alert;
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
                        if (upcoming.size() == alertAt) {
                            alert.accept(alertAt);
                        }
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
