package org.lantern.domain.course;

import org.lantern.domain.booking.BookingReference;

/**
 * The place a course booking holds in each of its sessions has a reference of its own: the course's six
 * characters, then the session's number, the course's length and how often this session was moved (one
 * character each, from the reference alphabet). It cannot clash with a claimed six-character reference, and a
 * day list can say "session 3 of 6" from the reference alone.
 */
public final class CourseReferences {

    public static final int LENGTH = BookingReference.LENGTH + 3;
    /** A session can be moved this many times less one: the count is one symbol. */
    public static final int MAX_MOVES = BookingReference.ALPHABET.length();

    private CourseReferences() {
    }

    public static String session(String courseReference, int n, int of, int moves) {
        return courseReference + symbol(n) + symbol(of) + symbol(moves);
    }

    public static boolean isSession(String reference) {
        return reference != null && reference.length() == LENGTH;
    }

    public static String course(String sessionReference) {
        return sessionReference.substring(0, BookingReference.LENGTH);
    }

    public static int number(String sessionReference) {
        return value(sessionReference.charAt(BookingReference.LENGTH));
    }

    public static int of(String sessionReference) {
        return value(sessionReference.charAt(BookingReference.LENGTH + 1));
    }

    public static int moves(String sessionReference) {
        return value(sessionReference.charAt(BookingReference.LENGTH + 2));
    }

    private static char symbol(int value) {
        if (value < 0 || value >= BookingReference.ALPHABET.length()) {
            throw new IllegalArgumentException("Out of range for a reference symbol");
        }
        return BookingReference.ALPHABET.charAt(value);
    }

    private static int value(char symbol) {
        return BookingReference.ALPHABET.indexOf(symbol);
    }
}
