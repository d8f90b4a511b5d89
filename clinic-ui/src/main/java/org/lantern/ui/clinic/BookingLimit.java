package org.lantern.ui.clinic;

/**
 * One cap on how many upcoming bookings a person can hold, by one measure (their client address, their
 * contact). {@link BookingCap} asks every bean of this type before a booking is made.
 */
public interface BookingLimit {

    /** Holds a place under this cap for a booking about to be made, or refuses with error.booking-cap. */
    Reservation reserve(BookingRequester requester);

    interface Reservation {

        /** The booking was made: it counts until it starts or is cancelled. */
        void confirm(BookingReceipt receipt);

        /** The booking was not made: the place under the cap is free again. */
        void release();
    }
}
