package org.lantern.domain.booking;

import java.util.Objects;
import org.lantern.domain.privacy.SealedText;

/**
 * The personal part every "booked" event shares: who holds the booking, as far as Lantern knows. Every
 * personal field is sealed under the subject's own key, and the secret is only a one-way hash.
 * {@code contact} and {@code language} are null when the person left no contact for reminders.
 */
public record Holder(String reference, String secretHash, String subjectId, SealedText pseudonym,
                     SealedText contact, SealedText language, boolean remindersMayNameService) {

    public Holder {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(pseudonym, "pseudonym");
    }

    @Override
    public String toString() {
        return "Holder[" + reference + "]";
    }
}
