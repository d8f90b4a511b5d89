package org.lantern.application.booking;

/**
 * One cap on how many upcoming bookings a person can hold, by one measure (their client address, their
 * contact). {@link BookingCaps} asks every one before a booking is made.
 */
public interface BookingLimit {

    /** Holds a place under this cap for a booking about to be made, or refuses with error.booking-cap. */
    Reservation reserve(Requester requester);

    interface Reservation {

        /** The booking was made: it counts until it starts or is cancelled. */
        void confirm(Booked<?> booked);

        /** The booking was not made: the place under the cap is free again. */
        void release();
    }
}
