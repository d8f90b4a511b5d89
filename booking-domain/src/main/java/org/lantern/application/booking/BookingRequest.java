package org.lantern.application.booking;

import java.util.Locale;
import java.util.Optional;

/**
 * What every booking asks of a person, whatever the service: a pseudonym, and optionally a contact for
 * reminders. A service's own request type adds what it books. {@code toString()} must leave out every
 * personal field.
 */
public interface BookingRequest {

    /** The pseudonym, already checked and normalised ({@link Pseudonyms}). */
    String pseudonym();

    Optional<ReminderContact> contact();

    /** Whether a reminder may name the service and the centre (off unless chosen). */
    boolean remindersMayNameService();

    /** The language reminders are written in. */
    Locale language();

    /** What a retry must repeat to count as the same booking: every field of the request. */
    String fingerprint();

    /** The personal part common to every request, for a service's fingerprint. */
    default String personalFingerprint() {
        return pseudonym() + '\n' + contact().map(ReminderContact::encode).orElse("") + '\n'
                + remindersMayNameService();
    }
}
