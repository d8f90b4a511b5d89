package org.lantern.application.attendance;

import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.clinic.SessionRecords;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.session.MarkAttendanceCommand;
import org.lantern.domain.session.UndoNoShowCommand;

/**
 * Staff mark who arrived, was seen, did not come or left, by booking reference (no secret: the person is in front
 * of them, or is not). Each answer comes once this node's read model shows the change.
 */
public class Attendance {

    private final BookingAccess access;
    private final SessionRecords sessions;
    private final Commands commands;
    private final CentreClock clock;

    public Attendance(BookingAccess access, SessionRecords sessions, Commands commands, CentreClock clock) {
        this.access = access;
        this.sessions = sessions;
        this.commands = commands;
        this.clock = clock;
    }

    public BookingView mark(String reference, BookingStatus status, StaffMember who) {
        BookingView booking = mayAct(reference, who);
        access.changeAndAwait(booking.reference(), commands,
                new MarkAttendanceCommand(booking.sessionId(), booking.reference(), status, clock.now()),
                b -> b.status() == status);
        return access.byReference(booking.reference());
    }

    public BookingView undoNoShow(String reference, StaffMember who) {
        BookingView booking = mayAct(reference, who);
        access.changeAndAwait(booking.reference(), commands,
                new UndoNoShowCommand(booking.sessionId(), booking.reference(), clock.now()),
                b -> b.status() != BookingStatus.NO_SHOW);
        return access.byReference(booking.reference());
    }

    private BookingView mayAct(String reference, StaffMember who) {
        BookingView booking = access.byReference(reference);
        if (!who.actsOnEverySession()) {
            String clinician = sessions.session(booking.sessionId()).map(s -> s.clinician()).orElse(null);
            if (!who.runs(clinician)) {
                throw new NotYourSession();
            }
        }
        return booking;
    }
}
