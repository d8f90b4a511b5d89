package org.lantern.ui.privacy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything Lantern holds about the holder of one booking, opened for them alone (the right of access).
 * Personal fields are null when none was given or after erasure. {@link #toString()} shows nothing personal.
 */
public record PersonalDataReport(
        String reference,
        String service,
        OffsetDateTime start,
        OffsetDateTime end,
        String status,
        LocalDateTime bookedAt,
        String pseudonym,
        Contact contact,
        boolean remindersMayNameService,
        String reminderLanguage,
        List<LocalDateTime> remindersSent,
        Erasure erasure,
        LocalDateTime personalDataKeptUntil,
        List<Child> children) {

    /** A child of a night-centre childcare booking, as the parent named it, and who collected it. */
    public record Child(String name, String ageBand, String collectedBy) {

        @Override
        public String toString() {
            return "Child[" + ageBand + "]";
        }
    }

    public record Contact(String kind, String value) {

        @Override
        public String toString() {
            return "Contact[" + kind + "]";
        }
    }

    public record Erasure(String reason, LocalDateTime at) {
    }

    @Override
    public String toString() {
        return "PersonalDataReport[" + reference + "]";
    }
}
