package org.lantern.application.booking;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Needs;

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

    /**
     * Personal fields the service adds (a child's name, say), sealed with the pseudonym under the person's key
     * in the same write and handed to {@link BookingKind#command(BookingRequest, BookedItem, Holder, List,
     * LocalDateTime)} in this order.
     */
    default List<String> otherPersonalFields() {
        return List.of();
    }

    /** What the person asked for (an interpreter, access needs, a clinician's gender): sealed like the pseudonym. */
    default Needs needs() {
        return Needs.NONE;
    }

    /**
     * The version of the consent wording the person agreed to before booking, for a service that asks for it;
     * the pipeline seals it with the time into {@link Holder#consent()}.
     */
    default Optional<String> consentVersion() {
        return Optional.empty();
    }

    /** What a retry must repeat to count as the same booking: every field of the request. */
    String fingerprint();

    /** The personal part common to every request, for a service's fingerprint. */
    default String personalFingerprint() {
        return pseudonym() + '\n' + contact().map(ReminderContact::encode).orElse("") + '\n'
                + remindersMayNameService() + '\n' + needs().encode() + '\n' + consentVersion().orElse("");
    }
}
