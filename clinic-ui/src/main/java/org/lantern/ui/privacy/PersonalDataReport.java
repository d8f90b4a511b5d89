package org.lantern.ui.privacy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.lantern.domain.booking.SharedNames;

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
        List<Child> children,
        Needs needs,
        Consent consent,
        List<Disclosure> disclosures) {

    /** What the person asked for when booking; null when nothing, or once erased. */
    public record Needs(String clinicianGender, String interpreter, List<String> accessTicks, String access) {

        static Needs of(org.lantern.domain.booking.Needs needs) {
            return needs.isEmpty() ? null
                    : new Needs(needs.clinicianGender(), needs.interpreter(), needs.tickCodes(), needs.access());
        }

        @Override
        public String toString() {
            return "Needs";
        }
    }

    /** The consent given before booking: which wording, and when. */
    public record Consent(String version, LocalDateTime givenAt) {
    }

    /** That a disclosure to the police was recorded: when, and on which legal basis; never what. */
    public record Disclosure(LocalDateTime recordedAt, String basis) {
    }

    /** The same report, naming a private service only as a private appointment (the person's pages). */
    public PersonalDataReport discreet(SharedNames names) {
        return new PersonalDataReport(reference, names.shown(service), start, end, status, bookedAt, pseudonym,
                contact, remindersMayNameService, reminderLanguage, remindersSent, erasure, personalDataKeptUntil,
                children, needs, consent, disclosures);
    }

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
