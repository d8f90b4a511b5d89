package org.lantern.application.reminders;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Port: which reminders went out, by booking reference, the start they reminded of and how long before it, and
 * nothing else (no address, no text), so a restart or a second node never sends one twice. The start is part of the
 * key because a booking can move: its new time gets its own reminders.
 */
public interface ReminderLog {

    /** True when this reminder was not claimed before and now is. */
    boolean claim(String reference, LocalDateTime startsAt, Duration before, LocalDateTime at);

    /** Gives a claimed reminder up (the booking was erased meanwhile). */
    void release(String reference, LocalDateTime startsAt, Duration before);

    /** When each reminder of a booking went out. */
    List<LocalDateTime> sentFor(String reference);
}
