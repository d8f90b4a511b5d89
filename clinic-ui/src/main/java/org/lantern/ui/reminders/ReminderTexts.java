package org.lantern.ui.reminders;

import org.lantern.application.reminders.ReminderWording;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a reminder someone else may read over the person's shoulder: a time and a reference, never the
 * pseudonym, and the service and the centre only when the person opted in.
 */
@Component
public class ReminderTexts implements ReminderWording {

    private final MessageSource messages;

    ReminderTexts(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String compose(String service, LocalDateTime startsAt, String reference, boolean mayNameService,
                          Locale language) {
        String when = startsAt.format(DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", language));
        if (!mayNameService) {
            return messages.getMessage("reminder.discreet", new Object[] {when, reference}, language);
        }
        String centre = messages.getMessage("app.name", null, language);
        String named = messages.getMessage("reminder.service." + service, null, language);
        return messages.getMessage("reminder.named", new Object[] {when, reference, named, centre}, language);
    }

    @Override
    public String composeCancelled(String service, LocalDateTime startsAt, String reference, boolean mayNameService,
                                   Locale language) {
        String when = startsAt.format(DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", language));
        if (!mayNameService) {
            return messages.getMessage("notice.cancelled.discreet", new Object[] {when, reference}, language);
        }
        String centre = messages.getMessage("app.name", null, language);
        String named = messages.getMessage("reminder.service." + service, null, language);
        return messages.getMessage("notice.cancelled.named", new Object[] {when, reference, named, centre}, language);
    }

    @Override
    public String composeMoved(String service, LocalDateTime movedTo, String reference, boolean mayNameService,
                               Locale language) {
        String when = movedTo.format(DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", language));
        if (!mayNameService) {
            return messages.getMessage("notice.moved.discreet", new Object[] {when, reference}, language);
        }
        String centre = messages.getMessage("app.name", null, language);
        String named = messages.getMessage("reminder.service." + service, null, language);
        return messages.getMessage("notice.moved.named", new Object[] {when, reference, named, centre}, language);
    }
}
