package org.lantern.application.reminders;

import java.time.LocalDateTime;
import java.util.Locale;

/** Port: the words of a reminder in the person's language (the web layer holds the message bundles). */
public interface ReminderWording {

    /** A time and a reference, never the pseudonym; the service and the centre only when the person opted in. */
    String compose(String service, LocalDateTime startsAt, String reference, boolean mayNameService, Locale language);
}
