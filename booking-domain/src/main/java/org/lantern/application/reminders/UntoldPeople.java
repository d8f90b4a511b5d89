package org.lantern.application.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Port: the bookings whose holder could not be told of a change by the centre (no contact was left, or the message
 * could not be sent), for reception to see. By reference, with the appointment's date and time and why; nothing
 * personal.
 */
public interface UntoldPeople {

    enum Why { NO_CONTACT, NOT_DELIVERED }

    record Untold(String reference, String service, LocalDateTime startsAt, Why why, LocalDateTime at) {
    }

    /** Records one; recording the same reference twice keeps one line. */
    void record(Untold untold);

    /** Those whose appointment was on or after {@code from}, soonest first. */
    List<Untold> since(LocalDate from);
}
