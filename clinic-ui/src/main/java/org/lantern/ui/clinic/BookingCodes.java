package org.lantern.ui.clinic;

import java.security.SecureRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * References and secrets a person can read out or type on a small phone: no 0/O, 1/I/L to confuse.
 * 31 symbols: a 10-character secret carries about 49 bits, on top of the rate limits and lock-out.
 */
@Component
public class BookingCodes {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int REFERENCE_LENGTH = 6;
    static final int SECRET_LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    public String reference() {
        return draw(REFERENCE_LENGTH);
    }

    public String secret() {
        return draw(SECRET_LENGTH);
    }

    public String subjectId() {
        return UUID.randomUUID().toString();
    }

    public String sessionSuffix() {
        return draw(8).toLowerCase(java.util.Locale.ROOT);
    }

    /** True when the text could be a reference at all; anything else is not worth a database look-up. */
    public static boolean looksLikeReference(String text) {
        return text != null && text.length() == REFERENCE_LENGTH && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private String draw(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
