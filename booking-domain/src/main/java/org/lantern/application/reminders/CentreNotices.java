package org.lantern.application.reminders;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.ReminderContact;
import org.lantern.domain.privacy.PersonalDataVault;

/**
 * Tells a person that the centre changed their booking, through the reminder contact they left, with a reminder's
 * discretion ({@link ReminderWording}); whoever cannot be told is listed for reception ({@link UntoldPeople}).
 */
public class CentreNotices {

    private static final Logger log = Logger.getLogger(CentreNotices.class.getName());

    private final PersonalDataVault vault;
    private final ReminderWording wording;
    private final ReminderSender sender;
    private final UntoldPeople untold;
    private final CentreClock clock;

    public CentreNotices(PersonalDataVault vault, ReminderWording wording, ReminderSender sender,
                         UntoldPeople untold, CentreClock clock) {
        this.vault = vault;
        this.wording = wording;
        this.sender = sender;
        this.untold = untold;
        this.clock = clock;
    }

    /** True when the message went out; otherwise the booking is on reception's list. */
    public boolean tellCancelled(BookingView booking, LocalDateTime startsAt) {
        return tell(booking, startsAt, (language) -> wording.composeCancelled(booking.service(), startsAt,
                booking.reference(), booking.remindersMayNameService(), language));
    }

    /** The same for an appointment the centre moved; {@code booking} is the booking at its new time. */
    public boolean tellMoved(BookingView booking) {
        LocalDateTime movedTo = booking.startsAt();
        return tell(booking, movedTo, (language) -> wording.composeMoved(booking.service(), movedTo,
                booking.reference(), booking.remindersMayNameService(), language));
    }

    private boolean tell(BookingView booking, LocalDateTime startsAt, java.util.function.Function<Locale, String> text) {
        Optional<String> contact = booking.contact() == null ? Optional.empty() : vault.open(booking.contact());
        if (contact.isEmpty()) {
            notTold(booking, startsAt, UntoldPeople.Why.NO_CONTACT);
            return false;
        }
        Locale language = Optional.ofNullable(booking.language()).flatMap(vault::open)
                .map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
        try {
            sender.send(new ReminderMessage(ReminderContact.decode(contact.get()), text.apply(language)));
            return true;
        } catch (RuntimeException failed) {
            log.log(Level.WARNING, "A message about a change by the centre could not be sent: {0}",
                    failed.getClass().getName());
            notTold(booking, startsAt, UntoldPeople.Why.NOT_DELIVERED);
            return false;
        }
    }

    private void notTold(BookingView booking, LocalDateTime startsAt, UntoldPeople.Why why) {
        untold.record(new UntoldPeople.Untold(booking.reference(), booking.service(), startsAt, why, clock.now()));
    }
}
