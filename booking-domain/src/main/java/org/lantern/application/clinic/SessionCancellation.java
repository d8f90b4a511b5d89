package org.lantern.application.clinic;

import java.util.List;
import java.util.regex.Pattern;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.application.reminders.CentreNotices;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.diary.DiaryId;
import org.lantern.domain.diary.ReleaseClinicianTimeCommand;
import org.lantern.domain.session.CancelSessionCommand;
import org.lantern.domain.session.SessionRefusal;

/**
 * A manager calls a session off (a clinician is ill). The session cancels its bookings with the reason, as events;
 * the clinician's time is given back; each person booked is told through their reminder contact if they left one
 * ({@link CentreNotices}), and reads the reason on their booking page. Blocking: call it off the event loop.
 */
public class SessionCancellation {

    /** A reason a person will read: a sentence, no markup, no control characters. */
    private static final Pattern REASON = Pattern.compile("[^\\p{Cntrl}<>]{3,200}");

    public record Outcome(int bookingsCancelled, int peopleTold) {
    }

    private final Commands commands;
    private final SessionRecords sessions;
    private final SessionBookings sessionBookings;
    private final BookingAccess access;
    private final ReadYourWrite readYourWrite;
    private final CentreNotices notices;
    private final CentreClock clock;

    public SessionCancellation(Commands commands, SessionRecords sessions, SessionBookings sessionBookings,
                               BookingAccess access, ReadYourWrite readYourWrite, CentreNotices notices,
                               CentreClock clock) {
        this.commands = commands;
        this.sessions = sessions;
        this.sessionBookings = sessionBookings;
        this.access = access;
        this.readYourWrite = readYourWrite;
        this.notices = notices;
        this.clock = clock;
    }

    /** A reason a person will read, checked; refuses with {@code error.cancel-reason}. */
    static String checkedReason(String raw) {
        String reason = raw == null ? "" : raw.strip();
        if (!REASON.matcher(reason).matches()) {
            throw new InvalidInputException("error.cancel-reason");
        }
        return reason;
    }

    public Outcome cancel(String sessionId, String rawReason) {
        String reason = checkedReason(rawReason);
        SessionView session = sessions.session(sessionId)
                .orElseThrow(() -> new SessionRefusal(SessionRefusal.Reason.SESSION_NOT_FOUND));
        List<String> cancelled;
        try (ReadYourWrite.Watch watch = readYourWrite.watch(sessionId)) {
            cancelled = commands.send(new CancelSessionCommand(sessionId, reason, clock.now()));
            watch.await(() -> sessionBookings.cancelled(sessionId));
        }
        if (session.clinician() != null) {
            commands.send(new ReleaseClinicianTimeCommand(DiaryId.of(session.clinician(), session.date()), sessionId));
        }
        int told = 0;
        for (String reference : cancelled) {
            access.awaitVisible(reference, b -> b.status() == BookingStatus.CANCELLED);
            BookingView booking = access.byReference(reference);
            if (notices.tellCancelled(booking, booking.startsAt())) {
                told++;
            }
        }
        return new Outcome(cancelled.size(), told);
    }
}
