package org.lantern.application.booking;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A pseudonym is 1 to 40 characters: letters of any script (with their combining marks), digits, spaces,
 * hyphens and apostrophes. Nothing else, so no markup and no direction-override characters get in.
 */
public final class Pseudonyms {

    public static final int MAX_LENGTH = 40;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} '\u2019-]+");

    private Pseudonyms() {
    }

    /** The pseudonym as it will be kept (NFC, trimmed), or empty when it breaks the rule. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > MAX_LENGTH || !ALLOWED.matcher(text).matches()
                || text.chars().noneMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
