package org.lantern.ui.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.lantern.application.booking.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Staff passwords: long enough to resist guessing, and not one of the passwords attackers try first. The list (src/main/resources/security/common-passwords.txt, see its NOTICE) holds the entries of
 * at least 12 characters from the most common million, lower-cased; shorter ones fail the length rule anyway.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> common = load();

    /** Refuses with a kind reason; says nothing about the password itself, which never reaches a log. */
    public void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
                || password.length() > MAX_LENGTH) {
            throw new InvalidInputException("error.password-length");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw new InvalidInputException("error.password-common");
        }
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(64_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("The common password list " + COMMON_PASSWORDS + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
