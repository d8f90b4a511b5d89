package org.lantern.application.booking;

import java.util.Locale;

/** A booking secret as a person types it: spaces around and lower case are forgiven. */
public final class Secrets {

    private Secrets() {
    }

    public static String normalise(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
    }
}
