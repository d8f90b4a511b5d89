package org.lantern.ui.clinic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Books only when every {@link BookingLimit} agrees, and tells each of them the outcome. */
@Component
public class BookingCap {

    private final List<BookingLimit> limits;

    BookingCap(List<BookingLimit> limits) {
        this.limits = limits;
    }

    public BookingReceipt book(BookingRequester requester, Supplier<BookingReceipt> booking) {
        List<BookingLimit.Reservation> held = new ArrayList<>();
        try {
            for (BookingLimit limit : limits) {
                held.add(limit.reserve(requester));
            }
            BookingReceipt receipt = booking.get();
            held.forEach(r -> r.confirm(receipt));
            return receipt;
        } catch (RuntimeException refused) {
            held.forEach(BookingLimit.Reservation::release);
            throw refused;
        }
    }
}
