package org.lantern.application.attendance;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.clinic.SessionRecords;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Service;
import org.lantern.domain.walkin.MarkTicketLeftCommand;
import org.lantern.domain.walkin.MarkTicketSeenCommand;
import org.lantern.domain.walkin.QueueBookedArrivalCommand;
import org.lantern.domain.walkin.QueueId;
import org.lantern.domain.walkin.QueueRefusal;
import org.lantern.domain.session.MarkAttendanceCommand;
import org.lantern.domain.session.UndoNoShowCommand;

/**
 * Staff mark who arrived, was seen, did not come or left, by booking reference (no secret: the person is in front
 * of them, or is not). Each answer comes once this node's read model shows the change. A booking that checks in
 * joins the day's queue of its service; seen or left closes its place there.
 */
public class Attendance {

    private final BookingAccess access;
    private final SessionRecords sessions;
    private final Commands commands;
    private final CentreClock clock;
    private final ServiceCatalogue catalogue;

    public Attendance(BookingAccess access, SessionRecords sessions, Commands commands, CentreClock clock, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
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
        followInQueue(booking, status);
        return access.byReference(booking.reference());
    }

    private void followInQueue(BookingView booking, BookingStatus status) {
        CatalogueEntry entry = catalogue.find(booking.service()).orElse(null);
        if (entry == null) {
            return;
        }
        Service service = entry.service();
        String queueId = QueueId.of(service, booking.date());
        try {
            switch (status) {
                case ARRIVED -> commands.send(new QueueBookedArrivalCommand(queueId, service, entry.number(), booking.date(),
                        booking.reference(), booking.start(), clock.now()));
                case SEEN -> commands.send(new MarkTicketSeenCommand(queueId, booking.reference(), clock.now()));
                case LEFT -> commands.send(new MarkTicketLeftCommand(queueId, booking.reference(), clock.now()));
                default -> { }
            }
        } catch (QueueRefusal notInTheQueue) {
            // seen without checking in first (a clinician's own list): there is no place to close
        }
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
