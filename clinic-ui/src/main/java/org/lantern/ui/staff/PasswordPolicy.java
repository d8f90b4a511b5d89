package org.lantern.ui.staff;

import org.lantern.ui.clinic.InvalidInputException;
import org.springframework.stereotype.Component;

/** Staff passwords: long enough to resist guessing. */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
                || password.length() > MAX_LENGTH) {
            throw new InvalidInputException("error.password-length");
        }
    }
}
