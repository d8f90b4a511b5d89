package org.lantern.ui.clinic;

import java.util.Locale;
import java.util.Optional;
import org.lantern.ui.reminders.ReminderContact;

/**
 * Who is asking to book, as far as the caps can tell: the client address, and the reminder contact when one
 * was given, kept only as a SHA-256 so that not even memory holds the contact itself.
 */
public record BookingRequester(String clientAddress, Optional<String> contactKey) {

    public static BookingRequester of(String clientAddress, Optional<ReminderContact> contact) {
        return new BookingRequester(clientAddress, contact.map(c -> IdempotentBookings.sha256(
                c.encode().toLowerCase(Locale.ROOT))));
    }

    @Override
    public String toString() {
        return "BookingRequester[hidden]";
    }
}
