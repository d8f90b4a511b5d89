package org.lantern.ui.clinic;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.lantern.ui.reminders.ReminderContact;

/**
 * What a person gives when booking, checked and normalised. {@link #toString()} leaves out every personal
 * field, so the record can never put one into a log line.
 *
 * @param contact                 where reminders go; empty for no reminders
 * @param remindersMayNameService whether a reminder may name the service and the centre (off unless chosen)
 * @param language                the language reminders are written in
 */
public record NewBooking(String sessionId, LocalTime start, String pseudonym, Optional<ReminderContact> contact,
                         boolean remindersMayNameService, Locale language) {

    /** Normalises and checks the person's input; throws {@link InvalidInputException} with a kind message key. */
    public static NewBooking of(String sessionId, LocalTime start, String rawPseudonym, String rawContact,
                                Boolean mayNameService, Locale language) {
        String pseudonym = Pseudonyms.normalise(rawPseudonym)
                .orElseThrow(() -> new InvalidInputException("error.pseudonym"));
        Optional<ReminderContact> contact = ReminderContact.parse(rawContact);
        return new NewBooking(sessionId, start, pseudonym, contact, contact.isPresent()
                && Boolean.TRUE.equals(mayNameService), language == null ? Locale.ENGLISH : language);
    }

    /** What a retry must repeat to count as the same booking. */
    String fingerprint() {
        return sessionId + '\n' + start + '\n' + pseudonym + '\n' + contact.map(ReminderContact::encode).orElse("")
                + '\n' + remindersMayNameService;
    }

    @Override
    public String toString() {
        return "NewBooking[" + sessionId + ", " + start + "]";
    }
}
