package org.lantern.application.reminders;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Port: which reminders went out, by booking reference and how long before the start, and nothing else (no
 * address, no text), so a restart or a second node never sends one twice.
 */
public interface ReminderLog {

    /** True when this reminder was not claimed before and now is. */
    boolean claim(String reference, Duration before, LocalDateTime at);

    /** Gives a claimed reminder up (the booking was erased meanwhile). */
    void release(String reference, Duration before);

    /** When each reminder of a booking went out. */
    List<LocalDateTime> sentFor(String reference);
}
