package org.lantern.application.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lantern.application.booking.Commands;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.course.CourseReferences;
import org.lantern.domain.course.CourseSession;
import org.lantern.domain.session.BookSlotCommand;
import org.lantern.domain.session.CancelBookingCommand;
import org.lantern.domain.session.SessionRefusal;

/**
 * Claims a course's places on its sessions, in date order, and gives them back. Every claimant goes in the same
 * order, so two overlapping courses meet first on their earliest shared session and only one of them goes on.
 */
final class SessionClaims {

    private final Commands commands;

    SessionClaims(Commands commands) {
        this.commands = commands;
    }

    /**
     * Claims every session for the holder; on the first refusal gives back what it claimed and answers the date
     * that was taken. Empty when every session is claimed. A failure that is not a refusal gives back too, and
     * is thrown.
     */
    Optional<LocalDate> claimAll(List<CourseSession> sessions, Holder holder, LocalDateTime now) {
        List<Claimed> claimed = new ArrayList<>();
        try {
            for (int i = 0; i < sessions.size(); i++) {
                CourseSession s = sessions.get(i);
                String reference = CourseReferences.session(holder.reference(), i + 1, sessions.size(), 0);
                try {
                    commands.send(new BookSlotCommand(s.sessionId(), s.start(), placeHolder(holder, reference), now));
                } catch (SessionRefusal taken) {
                    giveBack(claimed, now);
                    return Optional.of(s.date());
                }
                claimed.add(new Claimed(s.sessionId(), reference));
            }
        } catch (RuntimeException failed) {
            giveBack(claimed, now);
            throw failed;
        }
        return Optional.empty();
    }

    /** Gives back one place; a place already given back, or never claimed, is no error. */
    void giveBack(String sessionId, String sessionReference, LocalDateTime now) {
        try {
            commands.send(new CancelBookingCommand(sessionId, sessionReference, now));
        } catch (SessionRefusal notHeld) {
            // never claimed (a crash came first), or its time has begun: nothing to give back
        }
    }

    /** Gives back every place a booking of these sessions may have claimed (before any was moved). */
    void giveBackAll(List<CourseSession> sessions, String courseReference, LocalDateTime now) {
        for (int i = 0; i < sessions.size(); i++) {
            giveBack(sessions.get(i).sessionId(),
                    CourseReferences.session(courseReference, i + 1, sessions.size(), 0), now);
        }
    }

    static Holder placeHolder(Holder holder, String sessionReference) {
        return new Holder(sessionReference, holder.secretHash(), holder.subjectId(), holder.pseudonym(),
                holder.contact(), holder.language(), holder.remindersMayNameService(), holder.needs(),
                holder.consent());
    }

    private void giveBack(List<Claimed> claimed, LocalDateTime now) {
        for (Claimed c : claimed) {
            giveBack(c.sessionId(), c.reference(), now);
        }
    }

    private record Claimed(String sessionId, String reference) {
    }
}
