package org.lantern.application.reminders;

/**
 * Port: sends a reminder by text message or email. An SMS or email provider implements this as a Spring bean; it
 * then replaces the {@link RecordingReminderSender}. An implementation must not log the address or the text.
 */
public interface ReminderSender {

    void send(ReminderMessage message);
}
