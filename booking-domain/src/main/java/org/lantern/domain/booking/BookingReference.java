package org.lantern.domain.booking;

import java.util.Locale;
import java.util.Optional;

/**
 * The six characters a person reads out or types to find their booking (nine for the place a course booking holds
 * in one of its sessions: {@code org.lantern.domain.course.CourseReferences}). Normalised here and nowhere else:
 * spaces around, spaces and dashes inside, and lower case are forgiven.
 */
public record BookingReference(String value) {

    /** No 0/O, 1/I/L to confuse on a small screen. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 6;

    public BookingReference {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("Not a booking reference");
        }
    }

    /** The reference as typed, normalised; empty when it cannot be one (not worth a database look-up). */
    public static Optional<BookingReference> parse(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String text = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return isWellFormed(text) ? Optional.of(new BookingReference(text)) : Optional.empty();
    }

    private static boolean isWellFormed(String text) {
        return text != null && (text.length() == LENGTH || text.length() == LENGTH + 3) && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    @Override
    public String toString() {
        return value;
    }
}
