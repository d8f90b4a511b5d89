package org.lantern.ui.clinic;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lantern.projections.clinic.BookingView;
import org.lantern.ui.CentreTime;

/**
 * At most N upcoming bookings per measure of who is asking (a client address, a reminder contact), so one
 * person cannot fill every slot. Kept in memory only: neither measure is ever written down next to a booking.
 * A booking stops counting once it has started or been cancelled (the read model says which). A restart
 * forgets the counts, as it does the rate limits.
 */
class UpcomingBookingsCap implements BookingLimit {

    private final int cap;
    private final Function<BookingRequester, Optional<String>> measure;
    private final ClinicViews views;
    private final CentreTime time;
    private final Map<String, Held> byAddress;

    UpcomingBookingsCap(int cap, Function<BookingRequester, Optional<String>> measure, int tracked,
                        ClinicViews views, CentreTime time) {
        this.cap = cap;
        this.measure = measure;
        this.views = views;
        this.time = time;
        int max = tracked;
        this.byAddress = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
                return size() > max;
            }
        };
    }

    @Override
    public Reservation reserve(BookingRequester requester) {
        Optional<String> key = measure.apply(requester);
        if (key.isEmpty()) {
            return NOT_COUNTED;
        }
        Held held;
        synchronized (byAddress) {
            held = byAddress.computeIfAbsent(key.get(), a -> new Held());
        }
        return held.reserve();
    }

    private static final Reservation NOT_COUNTED = new Reservation() {
        @Override
        public void confirm(BookingReceipt receipt) {
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
            LocalDateTime now = time.now();
            upcoming.entrySet().removeIf(e -> !e.getValue().isAfter(now)
                    || views.booking(e.getKey()).filter(BookingView::active).isEmpty());
            if (upcoming.size() + pending >= cap) {
                throw new InvalidInputException("error.booking-cap");
            }
            pending++;
            return new Reservation() {
                @Override
                public void confirm(BookingReceipt receipt) {
                    synchronized (Held.this) {
                        pending--;
                        upcoming.put(receipt.reference(), receipt.date().atTime(receipt.start()));
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
