package org.lantern.application.booking;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;
import org.lantern.domain.booking.BookingReference;

/**
 * References and secrets a person can read out or type on a small phone, from the reference's alphabet.
 * 31 symbols: a 10-character secret carries about 49 bits, on top of the rate limits and lock-out.
 */
public class BookingCodes {

    static final int SECRET_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    public String reference() {
        return draw(BookingReference.LENGTH);
    }

    public String secret() {
        return draw(SECRET_LENGTH);
    }

    public String subjectId() {
        return UUID.randomUUID().toString();
    }

    public String sessionSuffix() {
        return draw(8).toLowerCase(Locale.ROOT);
    }

    private String draw(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(BookingReference.ALPHABET.charAt(random.nextInt(BookingReference.ALPHABET.length())));
        }
        return out.toString();
    }
}
