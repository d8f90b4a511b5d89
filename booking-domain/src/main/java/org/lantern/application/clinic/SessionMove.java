package org.lantern.application.clinic;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.reminders.CentreNotices;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.diary.DiaryId;
import org.lantern.domain.diary.ReleaseClinicianTimeCommand;
import org.lantern.domain.diary.ReserveClinicianTimeCommand;
import org.lantern.domain.session.SessionRefusal;

/**
 * A manager moves a whole session to another date or time (the clinician can come in the afternoon instead). A new
 * session of the same shape is set up through {@link SessionScheduling}, each booking follows to the slot at the
 * same place in it through {@link BookingMoves} (the new place before the old one is given up), each person is told
 * the new time with a reminder's discretion, and the old session is called off with the reason: a booking that could
 * not follow (made in the very last moment, or its new place taken meanwhile) is cancelled with that reason and its
 * holder told, through {@link SessionCancellation}. Blocking: call it off the event loop.
 */
public class SessionMove {

    public record Outcome(String movedTo, int bookingsMoved, int bookingsCancelled, int peopleTold) {
    }

    private final SessionScheduling scheduling;
    private final SessionCancellation cancellation;
    private final BookingMoves moves;
    private final SessionRecords sessions;
    private final SessionBookings sessionBookings;
    private final CentreNotices notices;
    private final Commands commands;
    private final CentreClock clock;

    public SessionMove(SessionScheduling scheduling, SessionCancellation cancellation, BookingMoves moves,
                       SessionRecords sessions, SessionBookings sessionBookings, CentreNotices notices, Commands commands, CentreClock clock) {
        this.clock = clock;
        this.scheduling = scheduling;
        this.cancellation = cancellation;
        this.moves = moves;
        this.sessions = sessions;
        this.sessionBookings = sessionBookings;
        this.notices = notices;
        this.commands = commands;
    }

    public Outcome move(String sessionId, LocalDate date, LocalTime start, String rawReason) {
        String reason = SessionCancellation.checkedReason(rawReason);
        SessionView old = sessions.session(sessionId).filter(s -> !sessionBookings.cancelled(s.sessionId()))
                .orElseThrow(() -> new SessionRefusal(SessionRefusal.Reason.SESSION_NOT_FOUND));
        if (!old.date().atTime(old.start()).isAfter(clock.now())) {
            throw new SessionRefusal(SessionRefusal.Reason.SESSION_STARTED);
        }
        if (date == null || start == null) {
            throw new InvalidInputException("error.session-shape");
        }
        if (old.date().equals(date) && old.start().equals(start)) {
            throw new InvalidInputException("error.move-same-time");
        }
        String moved = newSession(old, date, start);
        int movedCount = 0;
        int told = 0;
        SessionView target = sessions.session(moved).orElseThrow();
        for (BookingView booking : sessionBookings.activeIn(sessionId)) {
            LocalDateTime to = date.atTime(start.plus(Duration.between(old.start(), booking.start())));
            try {
                BookingView there = moves.moveForCentre(booking, target, to, reason);
                movedCount++;
                told += notices.tellMoved(there) ? 1 : 0;
            } catch (Refusal couldNotFollow) {
                // it stays in the old session, which is called off below: cancelled with the reason, and told so
            }
        }
        SessionCancellation.Outcome rest = cancellation.cancel(sessionId, reason);
        return new Outcome(moved, movedCount, rest.bookingsCancelled(), told + rest.peopleTold());
    }

    /**
     * The new session, with the old one's clinician and at its site: their time for the old session is given back first (the new
     * time may overlap it on the same day) and reserved again if the new session cannot be set up.
     */
    private String newSession(SessionView old, LocalDate date, LocalTime start) {
        LocalTime end = start.plus(Duration.between(old.start(), old.end()));
        String diary = old.clinician() == null ? null : DiaryId.of(old.clinician(), old.date());
        if (diary != null) {
            commands.send(new ReleaseClinicianTimeCommand(diary, old.sessionId()));
        }
        try {
            return scheduling.schedule(old.service(), date, start, end, old.slotMinutes(), old.placesPerSlot(),
                    old.clinician(), old.site());
        } catch (RuntimeException notSetUp) {
            if (diary != null) {
                commands.send(new ReserveClinicianTimeCommand(diary, old.clinician(), old.date(), old.sessionId(),
                        old.start(), old.end()));
            }
            throw notSetUp;
        }
    }
}
