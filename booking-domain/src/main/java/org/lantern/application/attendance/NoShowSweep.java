package org.lantern.application.attendance;

import java.time.LocalDateTime;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.session.MarkNoShowIfDueCommand;

/**
 * The no-show deadline, kept as a sweep over the read model rather than a timer: it asks which bookings are
 * still expected past their grace period at the centre's "now" and sends each a command. The session decides
 * again on its own state, so a repeat, a second node sweeping at the same time or a booking checked in meanwhile
 * changes nothing; and since what is due lives in events and read models, a restart loses no deadline.
 */
public class NoShowSweep {

    private final ExpectedBookings expected;
    private final Commands commands;
    private final CentreClock clock;
    private final AttendanceSettings settings;

    public NoShowSweep(ExpectedBookings expected, Commands commands, CentreClock clock, AttendanceSettings settings) {
        this.expected = expected;
        this.commands = commands;
        this.clock = clock;
        this.settings = settings;
    }

    /** Marks every booking past its grace a no-show; returns how many this run marked. */
    public int sweep() {
        LocalDateTime now = clock.now();
        int marked = 0;
        for (BookingView booking : expected.notArrivedBy(now.minus(settings.noShowGrace()))) {
            try {
                Boolean due = commands.send(new MarkNoShowIfDueCommand(booking.sessionId(), booking.reference(),
                        settings.noShowGrace(), now));
                marked += Boolean.TRUE.equals(due) ? 1 : 0;
            } catch (Refusal cancelledMeanwhile) {
                // cancelled or gone since the read model was read: nothing to mark
            }
        }
        return marked;
    }
}
