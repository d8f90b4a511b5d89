package org.lantern.application.booking;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a person wants reminders: a phone number for texts, or an email address. It is sealed before it is
 * stored, and {@link #toString()} never shows it, so it cannot slip into a log line or an exception.
 */
public record ReminderContact(Kind kind, String value) {

    public enum Kind { PHONE, EMAIL }

    static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{7,15}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    /** Empty when nothing was given; a contact that is neither a phone number nor an email is refused. */
    public static Optional<ReminderContact> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.contains("@")) {
            if (text.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(text).matches()) {
                return Optional.of(new ReminderContact(Kind.EMAIL, text.toLowerCase(Locale.ROOT)));
            }
            throw new InvalidInputException("error.contact");
        }
        String digits = text.replaceAll("[\\s().-]", "");
        if (PHONE.matcher(digits).matches()) {
            return Optional.of(new ReminderContact(Kind.PHONE, digits));
        }
        throw new InvalidInputException("error.contact");
    }

    /** The form kept inside the sealed value. */
    public String encode() {
        return kind.name() + ":" + value;
    }

    public static ReminderContact decode(String encoded) {
        int colon = encoded.indexOf(':');
        return new ReminderContact(Kind.valueOf(encoded.substring(0, colon)), encoded.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "ReminderContact[" + kind + "]";
    }
}
