package org.lantern.application.booking;

import org.lantern.domain.booking.BookingStatus;

/**
 * What a person takes away from booking. The secret is shown once and kept nowhere in plain text; the subject
 * id stays on the server.
 */
public record Booked<D extends BookedItem>(String reference, String secret, String subjectId, D item,
                                           BookingStatus status) {

    /** A booking that holds its place (most services know no other outcome). */
    public Booked(String reference, String secret, String subjectId, D item) {
        this(reference, secret, subjectId, item, BookingStatus.BOOKED);
    }

    @Override
    public String toString() {
        return "Booked[" + reference + "]";
    }
}
