package org.lantern.application.reminders;

import org.lantern.application.booking.ReminderContact;

/** One reminder to send. {@link #toString()} hides both the address and the text. */
public record ReminderMessage(ReminderContact to, String text) {

    @Override
    public String toString() {
        return "ReminderMessage[" + to.kind() + "]";
    }
}
