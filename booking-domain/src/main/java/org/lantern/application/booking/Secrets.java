package org.lantern.application.booking;

import java.util.Locale;

/**
 * A booking secret as a person types it: spaces and dashes anywhere (the pages show it in groups) and lower case
 * are forgiven.
 */
public final class Secrets {

    private Secrets() {
    }

    public static String normalise(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s\u2010-\u2015-]", "").toUpperCase(Locale.ROOT);
    }
}
