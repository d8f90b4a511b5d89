package org.lantern.application.reminders;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.ReminderContact;
import org.lantern.domain.privacy.PersonalDataVault;

/**
 * Sends the reminders that are due. What was sent is kept by reference and offset only ({@link ReminderLog}), so a
 * restart or a second node never sends one twice. A cancelled or erased booking is not among the bookings asked
 * for, so it gets nothing.
 */
public class Reminders {

    private static final Logger log = Logger.getLogger(Reminders.class.getName());

    private final RemindableBookings bookings;
    private final PersonalDataVault vault;
    private final ReminderWording wording;
    private final ReminderSender sender;
    private final ReminderLog sent;
    private final CentreClock clock;
    private final ReminderSchedule schedule;

    public Reminders(RemindableBookings bookings, PersonalDataVault vault, ReminderWording wording,
                     ReminderSender sender, ReminderLog sent, CentreClock clock, List<Duration> before) {
        this.bookings = bookings;
        this.vault = vault;
        this.wording = wording;
        this.sender = sender;
        this.sent = sent;
        this.clock = clock;
        this.schedule = new ReminderSchedule(before);
    }

    /** Sends every reminder due now; returns how many went out. */
    public synchronized int sendDue() {
        LocalDateTime now = clock.now();
        int count = 0;
        for (BookingView booking : bookings.withContactBetween(now.toLocalDate(),
                now.plus(schedule.longest()).toLocalDate())) {
            Optional<Duration> due = schedule.dueNow(booking.startsAt(), booking.bookedAt(), now);
            if (due.isEmpty() || !sent.claim(booking.reference(), booking.startsAt(), due.get(), now)) {
                continue;
            }
            try {
                if (send(booking)) {
                    count++;
                } else {
                    sent.release(booking.reference(), booking.startsAt(), due.get()); // erased meanwhile
                }
            } catch (RuntimeException failed) {
                // the claim stays: a missed reminder is safer than a second one; the others still go out
                log.log(Level.WARNING, "A reminder could not be sent: {0}", failed.getClass().getName());
            }
        }
        if (count > 0) {
            log.log(Level.INFO, "Reminders: {0} sent", count);
        }
        return count;
    }

    private boolean send(BookingView booking) {
        Optional<String> contact = booking.contact() == null ? Optional.empty() : vault.open(booking.contact());
        if (contact.isEmpty()) {
            return false; // erased between the query and now
        }
        Locale language = Optional.ofNullable(booking.language()).flatMap(vault::open)
                .map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
        String text = wording.compose(booking.service(), booking.startsAt(), booking.reference(),
                booking.remindersMayNameService(), language);
        sender.send(new ReminderMessage(ReminderContact.decode(contact.get()), text));
        return true;
    }
}
