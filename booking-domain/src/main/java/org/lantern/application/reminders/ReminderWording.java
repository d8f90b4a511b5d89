package org.lantern.application.reminders;

import java.time.LocalDateTime;
import java.util.Locale;

/** Port: the words of a reminder in the person's language (the web layer holds the message bundles). */
public interface ReminderWording {

    /** A time and a reference, never the pseudonym; the service and the centre only when the person opted in. */
    String compose(String service, LocalDateTime startsAt, String reference, boolean mayNameService, Locale language);

    /**
     * The centre called off the appointment at {@code startsAt}: the same discretion as a reminder, and never the
     * manager's reason (it may name the service; the person reads it on their booking page).
     */
    String composeCancelled(String service, LocalDateTime startsAt, String reference, boolean mayNameService,
                            Locale language);

    /** The centre moved the appointment to {@code movedTo}: the same discretion, never the manager's reason. */
    String composeMoved(String service, LocalDateTime movedTo, String reference, boolean mayNameService,
                        Locale language);
}
