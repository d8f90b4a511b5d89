package org.lantern.application.booking;

import org.lantern.domain.booking.Refusal;

/** No booking with that reference, or a wrong secret: the two answer alike, so neither tells the other apart. */
public class BookingNotFound extends Refusal {

    public static final String CODE = "BOOKING_NOT_FOUND";

    public BookingNotFound() {
        super(CODE);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
