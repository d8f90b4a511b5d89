package org.lantern.application.booking;

import java.util.Locale;

/** A booking secret as a person types it: spaces around and lower case are forgiven. */
final class Secrets {

    private Secrets() {
    }

    static String normalise(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
    }
}
