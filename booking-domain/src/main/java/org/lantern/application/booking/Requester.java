package org.lantern.application.booking;

import java.util.Locale;
import java.util.Optional;

/**
 * Who is asking to book, as far as the caps can tell: the client address, and the reminder contact when one
 * was given, kept only as a SHA-256 so that not even memory holds the contact itself.
 */
public record Requester(String clientAddress, Optional<String> contactKey) {

    public static Requester of(String clientAddress, Optional<ReminderContact> contact) {
        return new Requester(clientAddress, contact.map(c -> Hashes.sha256(c.encode().toLowerCase(Locale.ROOT))));
    }

    @Override
    public String toString() {
        return "Requester[hidden]";
    }
}
