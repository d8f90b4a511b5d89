package org.lantern.ui.reminders;

import org.lantern.application.reminders.ReminderLog;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.ReminderContact;
import org.lantern.projections.clinic.FindBookingsToRemindQuery;
import org.lantern.ui.CentreTime;
import org.lantern.ui.privacy.PrivacyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders that are due. What was sent is kept in {@code reminders_sent} by reference and offset
 * only (no address, no text), so a restart or a second node never sends one twice. A cancelled or erased
 * booking is not among the bookings asked for, so it gets nothing.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final QueryGateway queries;
    private final PersonalDataVault vault;
    private final ReminderTexts texts;
    private final ReminderSender sender;
    private final CentreTime time;
    private final ReminderSchedule schedule;
    private final ReminderLog sent;

    ReminderJob(QueryGateway queries, PersonalDataVault vault, ReminderTexts texts, ReminderSender sender,
                CentreTime time, PrivacyProperties properties, ReminderLog sent) {
        this.queries = queries;
        this.vault = vault;
        this.texts = texts;
        this.sender = sender;
        this.time = time;
        this.schedule = new ReminderSchedule(properties.reminders().before());
        this.sent = sent;
    }

    @Scheduled(initialDelayString = "${lantern.privacy.first-check-after:PT1M}",
            fixedDelayString = "${lantern.privacy.reminders.check-every:PT5M}")
    void scheduled() {
        sendDue();
    }

    /** Sends every reminder due now; returns how many went out. */
    public synchronized int sendDue() {
        LocalDateTime now = time.now();
        List<BookingView> bookings = queries.query(new FindBookingsToRemindQuery(now.toLocalDate(),
                        now.plus(schedule.longest()).toLocalDate()), ResponseTypes.multipleInstancesOf(BookingView.class))
                .join();
        int count = 0;
        for (BookingView booking : bookings) {
            Optional<Duration> due = schedule.dueNow(booking.startsAt(), booking.bookedAt(), now);
            if (due.isEmpty() || !sent.claim(booking.reference(), due.get(), now)) {
                continue;
            }
            try {
                if (send(booking)) {
                    count++;
                } else {
                    sent.release(booking.reference(), due.get()); // erased meanwhile
                }
            } catch (RuntimeException failed) {
                // the claim stays: a missed reminder is safer than a second one; the others still go out
                log.warn("A reminder could not be sent: {}", failed.getClass().getName());
            }
        }
        if (count > 0) {
            log.info("Reminders: {} sent", count);
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
        String text = texts.compose(booking.service(), booking.startsAt(), booking.reference(),
                booking.remindersMayNameService(), language);
        sender.send(new ReminderMessage(ReminderContact.decode(contact.get()), text));
        return true;
    }
}
