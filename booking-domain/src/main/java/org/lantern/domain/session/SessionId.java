package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A session's id starts with its date ({@code 2026-12-01~k3j9x2ab}), so it names its day at a glance in logs
 * and links, where no personal data may go.
 */
public record SessionId(String value) {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}~[a-z0-9]{4,16}");

    public SessionId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a session id");
        }
    }

    public static SessionId of(LocalDate date, String suffix) {
        return new SessionId(date + "~" + suffix);
    }

    /** Empty for text that cannot be a session id. */
    public static Optional<SessionId> parse(String text) {
        if (text == null || text.length() > 64 || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate.parse(text.substring(0, 10));
            return Optional.of(new SessionId(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public LocalDate date() {
        return LocalDate.parse(value.substring(0, 10));
    }

    @Override
    public String toString() {
        return value;
    }
}
