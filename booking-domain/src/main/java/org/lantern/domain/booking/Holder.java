package org.lantern.domain.booking;

import java.util.Objects;
import org.lantern.domain.privacy.SealedText;

/**
 * The personal part every "booked" event shares: who holds the booking, as far as Lantern knows. Every
 * personal field is sealed under the subject's own key, and the secret is only a one-way hash.
 * {@code contact} and {@code language} are null when the person left no contact for reminders; {@code needs}
 * ({@link Needs#encode()}) when they asked for nothing; {@code consent} ({@link Consent#encode()}) for a
 * service that asks none.
 */
public record Holder(String reference, String secretHash, String subjectId, SealedText pseudonym,
                     SealedText contact, SealedText language, boolean remindersMayNameService, SealedText needs,
                     SealedText consent) {

    public Holder {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(pseudonym, "pseudonym");
    }

    /** A holder who asked for nothing and gave no consent. */
    public Holder(String reference, String secretHash, String subjectId, SealedText pseudonym, SealedText contact,
                  SealedText language, boolean remindersMayNameService) {
        this(reference, secretHash, subjectId, pseudonym, contact, language, remindersMayNameService, null, null);
    }

    @Override
    public String toString() {
        return "Holder[" + reference + "]";
    }
}
