package org.lantern.ui.clinic;

import java.util.Locale;

/** A booking's reference and secret as a person sends them from a page; never printed (the secret opens it). */
public record BookingLookup(String reference, String secret) {

    /** As typed: spaces around and lower case are forgiven. */
    public BookingLookup normalised() {
        return new BookingLookup(clean(reference), clean(secret));
    }

    private static String clean(String text) {
        // the reference's own normal form where it is one; else as typed, for the form to show again
        var reference = org.lantern.domain.booking.BookingReference.parse(text);
        if (reference.isPresent()) {
            return reference.get().value();
        }
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "BookingLookup[]";
    }
}
