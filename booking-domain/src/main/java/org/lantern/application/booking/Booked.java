package org.lantern.application.booking;

/**
 * What a person takes away from booking. The secret is shown once and kept nowhere in plain text; the subject
 * id stays on the server.
 */
public record Booked<D extends BookedItem>(String reference, String secret, String subjectId, D item) {

    @Override
    public String toString() {
        return "Booked[" + reference + "]";
    }
}
