package org.lantern.application.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Books only when every {@link BookingLimit} agrees, and tells each of them the outcome. */
public class BookingCaps {

    private final List<BookingLimit> limits;

    public BookingCaps(List<BookingLimit> limits) {
        this.limits = List.copyOf(limits);
    }

    public <D extends BookedItem> Booked<D> book(Requester requester, Supplier<Booked<D>> booking) {
        List<BookingLimit.Reservation> held = new ArrayList<>();
        try {
            for (BookingLimit limit : limits) {
                held.add(limit.reserve(requester));
            }
            Booked<D> booked = booking.get();
            held.forEach(r -> r.confirm(booked));
            return booked;
        } catch (RuntimeException refused) {
            held.forEach(BookingLimit.Reservation::release);
            throw refused;
        }
    }
}
