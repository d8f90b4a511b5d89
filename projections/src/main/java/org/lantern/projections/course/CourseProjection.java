package org.lantern.projections.course;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.course.CourseBookedEvent;
import org.lantern.domain.course.CourseBookingAbandonedEvent;
import org.lantern.domain.course.CourseBookingCancelledEvent;
import org.lantern.domain.course.CourseBookingStartedEvent;
import org.lantern.domain.course.CourseReferences;
import org.lantern.domain.course.CourseSetUpEvent;
import org.lantern.domain.privacy.PersonalDataErasedEvent;
import org.lantern.domain.session.AttendanceMarkedEvent;
import org.lantern.domain.session.BookingCancelledEvent;
import org.lantern.domain.session.BookingMovedEvent;
import org.lantern.domain.session.NoShowUndoneEvent;
import org.lantern.domain.session.SlotBookedEvent;

/**
 * Keeps the course read model from the courses' events and from the sessions' events of course places (known by
 * their reference's length), and wakes the request waiting on the course booking's reference or the course's id.
 */
@ProcessingGroup(CourseProjection.GROUP)
public class CourseProjection {

    public static final String GROUP = "courses";

    private final CourseReadModel model;
    private final ReadYourWrite readYourWrite;

    public CourseProjection(CourseReadModel model, ReadYourWrite readYourWrite) {
        this.model = model;
        this.readYourWrite = readYourWrite;
    }

    @EventHandler
    void on(CourseSetUpEvent event) {
        model.apply(event);
        readYourWrite.changed(event.courseId());
    }

    @EventHandler
    void on(CourseBookingStartedEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
    }

    @EventHandler
    void on(CourseBookedEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        readYourWrite.changed(event.reference());
    }

    @EventHandler
    void on(CourseBookingAbandonedEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
    }

    @EventHandler
    void on(CourseBookingCancelledEvent event, @SequenceNumber Long sequence) {
        model.apply(event, sequence);
        readYourWrite.changed(event.reference());
    }

    @EventHandler
    void on(SlotBookedEvent event, @SequenceNumber Long sequence) {
        if (CourseReferences.isSession(event.reference())) {
            model.placeBooked(event.reference(), event.sessionId(), event.date(), event.slotStart(), event.slotEnd(),
                    sequence);
            readYourWrite.changed(CourseReferences.course(event.reference()));
        }
    }

    @EventHandler
    void on(BookingCancelledEvent event, @SequenceNumber Long sequence) {
        placeChanged(event.reference(), event.sessionId(), BookingStatus.CANCELLED, sequence);
    }

    @EventHandler
    void on(AttendanceMarkedEvent event, @SequenceNumber Long sequence) {
        placeChanged(event.reference(), event.sessionId(), event.status(), sequence);
    }

    @EventHandler
    void on(NoShowUndoneEvent event, @SequenceNumber Long sequence) {
        placeChanged(event.reference(), event.sessionId(), BookingStatus.BOOKED, sequence);
    }

    /** A course session's place moved by the centre with its whole session: the course shows its new time. */
    @EventHandler
    void on(BookingMovedEvent event, @SequenceNumber Long sequence) {
        if (CourseReferences.isSession(event.reference())) {
            model.placeMoved(event.reference(), event.sessionId(), event.toDate(), event.toSessionId(),
                    event.toSlotStart(), event.toSlotEnd(), sequence);
            readYourWrite.changed(CourseReferences.course(event.reference()));
        }
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        model.apply(event);
        readYourWrite.changed(event.reference());
    }

    private void placeChanged(String reference, String sessionId, BookingStatus status, long sequence) {
        if (CourseReferences.isSession(reference)) {
            model.placeChanged(reference, sessionId, status, sequence);
            readYourWrite.changed(CourseReferences.course(reference));
        }
    }
}
