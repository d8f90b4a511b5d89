package org.lantern.ui.reminders;

import org.lantern.application.reminders.Reminders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The timer of the reminders use case ({@link Reminders}); its period is a setting (docs/privacy.md). */
@Component
public class ReminderJob {

    private final Reminders reminders;

    ReminderJob(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${lantern.privacy.first-check-after:PT1M}",
            fixedDelayString = "${lantern.privacy.reminders.check-every:PT5M}")
    void scheduled() {
        sendDue();
    }

    /** Sends every reminder due now; returns how many went out. */
    public int sendDue() {
        return reminders.sendDue();
    }
}
