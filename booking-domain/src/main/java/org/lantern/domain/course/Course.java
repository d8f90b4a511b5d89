package org.lantern.domain.course;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.lantern.domain.course.CourseRefusal.Reason.COURSE_BEGUN;
import static org.lantern.domain.course.CourseRefusal.Reason.COURSE_BOOKING_ENDED;
import static org.lantern.domain.course.CourseRefusal.Reason.COURSE_BOOKING_NOT_FOUND;
import static org.lantern.domain.course.CourseRefusal.Reason.COURSE_EXISTS;
import static org.lantern.domain.course.CourseRefusal.Reason.COURSE_NOT_FOUND;
import static org.lantern.domain.course.CourseRefusal.Reason.COURSE_TAKEN;
import static org.lantern.domain.course.CourseRefusal.Reason.COURSE_WEEKS_OUT_OF_RANGE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A course: the same counsellor at the same weekday and time for some weeks, with one place (counselling is one
 * to one). It keeps the rule "one person holds the course at a time" and the memory of a booking in progress:
 * the booking claims each session's place on its {@code Session} in turn, and this stream says whether that
 * finished ({@link CourseBookedEvent}) or was given back ({@link CourseBookingAbandonedEvent}). The places
 * themselves stay on the sessions, so a single booking of one of those sessions meets the same rule there.
 */
public class Course {

    public static final int MAX_WEEKS = 12;

    private enum Stage { PENDING, BOOKED, ABANDONED, CANCELLED }

    @AggregateIdentifier
    private String courseId;
    private String counsellor;
    private List<CourseSession> sessions;
    /** The booking that holds the course now (pending or booked), or null when it is free. */
    private String holder;
    private final Map<String, Stage> bookings = new HashMap<>();

    protected Course() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetUpCourseCommand command) {
        if (sessions != null) {
            throw new CourseRefusal(COURSE_EXISTS);
        }
        if (command.sessions().isEmpty() || command.sessions().size() > MAX_WEEKS) {
            throw new CourseRefusal(COURSE_WEEKS_OUT_OF_RANGE);
        }
        apply(new CourseSetUpEvent(command.courseId(), command.counsellor(), List.copyOf(command.sessions()),
                command.now(), command.service()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(StartCourseBookingCommand command) {
        requireSetUp();
        if (!sessions.get(0).startsAt().isAfter(command.now())) {
            throw new CourseRefusal(COURSE_BEGUN);
        }
        if (holder != null || bookings.containsKey(command.holder().reference())) {
            throw new CourseRefusal(COURSE_TAKEN);
        }
        apply(new CourseBookingStartedEvent(courseId, command.holder(), command.now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ConfirmCourseBookingCommand command) {
        Stage stage = stageOf(command.reference());
        if (stage == Stage.BOOKED) {
            return;
        }
        if (stage != Stage.PENDING) {
            throw new CourseRefusal(COURSE_BOOKING_ENDED);
        }
        apply(new CourseBookedEvent(courseId, command.reference(), counsellor, places(command.reference()),
                command.now()));
    }

    /** Giving back an unfinished booking; a booking that was finished is never abandoned (a late sweep). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AbandonCourseBookingCommand command) {
        Stage stage = stageOf(command.reference());
        if (stage == Stage.ABANDONED) {
            return;
        }
        if (stage != Stage.PENDING) {
            throw new CourseRefusal(COURSE_BOOKING_ENDED);
        }
        apply(new CourseBookingAbandonedEvent(courseId, command.reference(), List.copyOf(command.clashes()),
                command.now()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CancelCourseBookingCommand command) {
        Stage stage = stageOf(command.reference());
        if (stage == Stage.CANCELLED) {
            return;
        }
        if (stage != Stage.BOOKED) {
            throw new CourseRefusal(COURSE_BOOKING_NOT_FOUND);
        }
        apply(new CourseBookingCancelledEvent(courseId, command.reference(), command.now()));
    }

    private Stage stageOf(String reference) {
        requireSetUp();
        Stage stage = bookings.get(reference);
        if (stage == null) {
            throw new CourseRefusal(COURSE_BOOKING_NOT_FOUND);
        }
        return stage;
    }

    private List<CoursePlace> places(String reference) {
        List<CoursePlace> places = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            CourseSession s = sessions.get(i);
            places.add(new CoursePlace(i + 1, s.sessionId(), s.date(), s.start(), s.end(),
                    CourseReferences.session(reference, i + 1, sessions.size(), 0)));
        }
        return places;
    }

    /** Commands to a course that was never set up reach an empty one (and store nothing): refused here. */
    private void requireSetUp() {
        if (sessions == null) {
            throw new CourseRefusal(COURSE_NOT_FOUND);
        }
    }

    @EventSourcingHandler
    void on(CourseSetUpEvent event) {
        courseId = event.courseId();
        counsellor = event.counsellor();
        sessions = List.copyOf(event.sessions());
    }

    @EventSourcingHandler
    void on(CourseBookingStartedEvent event) {
        holder = event.reference();
        bookings.put(event.reference(), Stage.PENDING);
    }

    @EventSourcingHandler
    void on(CourseBookedEvent event) {
        bookings.put(event.reference(), Stage.BOOKED);
    }

    @EventSourcingHandler
    void on(CourseBookingAbandonedEvent event) {
        bookings.put(event.reference(), Stage.ABANDONED);
        holder = null;
    }

    @EventSourcingHandler
    void on(CourseBookingCancelledEvent event) {
        bookings.put(event.reference(), Stage.CANCELLED);
        holder = null;
    }
}
