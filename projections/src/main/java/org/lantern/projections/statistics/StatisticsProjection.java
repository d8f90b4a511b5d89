package org.lantern.projections.statistics;

import org.lantern.domain.session.SessionScheduledEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.dropin.VisitCountedEvent;
import org.lantern.domain.nightcentre.CheckedInEvent;
import org.lantern.domain.session.AttendanceMarkedEvent;
import org.lantern.domain.session.BookingCancelledByCentreEvent;
import org.lantern.domain.session.BookingCancelledEvent;
import org.lantern.domain.session.BookingMovedEvent;
import org.lantern.domain.session.NoShowUndoneEvent;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.domain.walkin.TicketCalledEvent;
import org.lantern.domain.walkin.WalkInAddedEvent;

/**
 * The funders' figures from events: bookings and their outcomes, walk-ins and their waits, plain visits, night
 * places used. Its own processing group, so it is rebuilt alone ({@code --lantern.rebuild=funder-statistics}).
 */
@ProcessingGroup(StatisticsProjection.GROUP)
public class StatisticsProjection {

    public static final String GROUP = "funder-statistics";

    private final StatisticsReadModel model;

    public StatisticsProjection(StatisticsReadModel model) {
        this.model = model;
    }

    @EventHandler
    void on(SessionScheduledEvent e) {
        model.session(e.sessionId(), e.site());
    }

    @EventHandler
    void on(SlotBookedEvent e, @SequenceNumber Long sequence) {
        model.booked(key(e.reference()), e.sessionId(), e.service().code(), e.date(), e.bookedInLanguage(), sequence);
    }

    @EventHandler
    void on(BookingCancelledEvent e, @SequenceNumber Long sequence) {
        model.outcome(key(e.reference()), e.sessionId(), BookingStatus.CANCELLED, "person", sequence);
    }

    @EventHandler
    void on(BookingCancelledByCentreEvent e, @SequenceNumber Long sequence) {
        model.outcome(key(e.reference()), e.sessionId(), BookingStatus.CANCELLED, "centre", sequence);
    }

    @EventHandler
    void on(AttendanceMarkedEvent e, @SequenceNumber Long sequence) {
        model.outcome(key(e.reference()), e.sessionId(), e.status(), null, sequence);
    }

    @EventHandler
    void on(NoShowUndoneEvent e, @SequenceNumber Long sequence) {
        model.outcome(key(e.reference()), e.sessionId(), BookingStatus.BOOKED, null, sequence);
    }

    @EventHandler
    void on(BookingMovedEvent e, @SequenceNumber Long sequence) {
        model.moved(key(e.reference()), e.sessionId(), e.toSessionId(), e.toDate(), sequence);
    }

    @EventHandler
    void on(WalkInAddedEvent e) {
        model.walkIn(e.ticketId(), e.service().code(), e.arrivedAt());
    }

    @EventHandler
    void on(TicketCalledEvent e) {
        model.called(e.ticketId(), e.calledAt());
    }

    @EventHandler
    void on(VisitCountedEvent e) {
        model.visit(e.date(), e.number(), e.reason().code());
    }

    @EventHandler
    void on(CheckedInEvent e) {
        String place = e.child() == null ? "rest" : "childcare";
        model.nightUsed(key(e.reference()) + ":" + (e.child() == null ? 0 : e.child()), place, e.date());
    }

    /**
     * The figures keep no booking reference in plain: a hash of it is enough to apply an event once. (Anyone could
     * hash every possible reference and find one again; it would lead only to what the clinic's read model holds.)
     */
    static String key(String reference) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("statistics:" + reference)
                    .getBytes(StandardCharsets.UTF_8));
            return "b:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
