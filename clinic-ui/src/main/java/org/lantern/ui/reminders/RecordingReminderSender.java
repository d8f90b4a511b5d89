package org.lantern.ui.reminders;

import org.lantern.application.reminders.ReminderSender;
import org.lantern.application.reminders.ReminderMessage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender while no provider is configured: it keeps the last reminders in memory (never on disk) so that
 * a developer or a test can see what would have been sent, and logs a line without address or text.
 */
public class RecordingReminderSender implements ReminderSender {

    static final int KEPT = 200;
    private static final Logger log = LoggerFactory.getLogger(RecordingReminderSender.class);

    private final Deque<ReminderMessage> recorded = new ArrayDeque<>();

    @Override
    public synchronized void send(ReminderMessage message) {
        if (recorded.size() == KEPT) {
            recorded.removeFirst();
        }
        recorded.addLast(message);
        log.info("A {} reminder was recorded, not sent: no reminder provider is configured", message.to().kind());
    }

    public synchronized List<ReminderMessage> recorded() {
        return List.copyOf(recorded);
    }
}
