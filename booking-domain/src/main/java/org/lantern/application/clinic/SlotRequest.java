package org.lantern.application.clinic;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.lantern.application.booking.BookingRequest;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.Pseudonyms;
import org.lantern.application.booking.ReminderContact;
import org.lantern.domain.booking.Consent;
import org.lantern.domain.booking.Needs;
import org.lantern.domain.session.SessionId;
import org.lantern.domain.session.SessionRefusal;

/**
 * A place in one slot of a session, asked for by a person, checked and normalised. {@link #toString()} leaves
 * out every personal field, so the record can never put one into a log line.
 *
 * @param start   the slot's start on the centre's wall clock
 * @param consent whether the person agreed to the consent wording (the police clinic refuses without it)
 */
public record SlotRequest(SessionId sessionId, LocalDateTime start, String pseudonym,
                          Optional<ReminderContact> contact, boolean remindersMayNameService, Locale language,
                          Needs needs, boolean consent)
        implements BookingRequest {

    /** Normalises and checks the person's input; refuses with a kind message key. */
    public static SlotRequest of(String sessionId, LocalDateTime start, String rawPseudonym, String rawContact,
                                 Boolean mayNameService, Locale language) {
        return of(sessionId, start, rawPseudonym, rawContact, mayNameService, language, Needs.NONE, false);
    }

    /** The same, with what the person asked for and whether they agreed to the consent wording. */
    public static SlotRequest of(String sessionId, LocalDateTime start, String rawPseudonym, String rawContact,
                                 Boolean mayNameService, Locale language, Needs needs, boolean consent) {
        // the person's own input first: a kind word about what they typed matters more than a wrong link
        String pseudonym = Pseudonyms.normalise(rawPseudonym)
                .orElseThrow(() -> new InvalidInputException("error.pseudonym"));
        Optional<ReminderContact> contact = ReminderContact.parse(rawContact);
        SessionId session = SessionId.parse(sessionId)
                .orElseThrow(() -> new SessionRefusal(SessionRefusal.Reason.NOT_A_SLOT));
        return new SlotRequest(session, start, pseudonym, contact,
                contact.isPresent() && Boolean.TRUE.equals(mayNameService),
                language == null ? Locale.ENGLISH : language, needs == null ? Needs.NONE : needs, consent);
    }

    @Override
    public Optional<String> consentVersion() {
        return consent ? Optional.of(Consent.PRIVATE_APPOINTMENT_V1) : Optional.empty();
    }

    @Override
    public String fingerprint() {
        return "slot\n" + sessionId + '\n' + start + '\n' + personalFingerprint();
    }

    @Override
    public String toString() {
        return "SlotRequest[" + sessionId + ", " + start + "]";
    }
}
