package org.lantern.ui.clinic;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lantern.projections.clinic.BookingView;
import org.lantern.ui.CentreTime;
import org.lantern.ui.security.RateLimitSettings;
import org.springframework.stereotype.Component;

/**
 * At most N upcoming bookings per client address, so one person cannot fill every slot. Kept in memory only:
 * an address is never written down next to a booking. A booking stops counting once it has started or been
 * cancelled (the read model says which). A restart forgets the counts, as it does the rate limits.
 */
@Component
class BookingsPerAddress implements BookingLimit {

    private final int cap;
    private final ClinicViews views;
    private final CentreTime time;
    private final Map<String, Held> byAddress;

    BookingsPerAddress(RateLimitSettings settings, ClinicViews views, CentreTime time) {
        this.cap = settings.getFutureBookingsPerAddress();
        this.views = views;
        this.time = time;
        int max = settings.getTrackedClients();
        this.byAddress = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
                return size() > max;
            }
        };
    }

    @Override
    public Reservation reserve(BookingRequester requester) {
        Held held;
        synchronized (byAddress) {
            held = byAddress.computeIfAbsent(requester.clientAddress(), a -> new Held());
        }
        return held.reserve();
    }

    /** One address's upcoming bookings by reference, plus those being made right now. */
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
