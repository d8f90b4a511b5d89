package org.lantern.application.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingCancellation;
import org.lantern.application.booking.BookingNotFound;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CancelCommands;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.application.clinic.SessionView;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.course.CancelCourseBookingCommand;
import org.lantern.domain.course.CourseId;
import org.lantern.domain.course.CourseReferences;
import org.lantern.domain.course.CourseRefusal;
import org.lantern.domain.session.BookSlotCommand;
import org.lantern.domain.session.CancelBookingCommand;
import org.lantern.domain.session.SessionRefusal;

/**
 * The holder of a course changes it with reference and secret: one session moved to another free time of the
 * same counsellor, one session cancelled, or the whole course (the sessions still to come). A move claims the new
 * place first and gives back the old one second, so a failure between them leaves the person two places rather
 * than none; {@link CourseRecovery} gives back the older one.
 */
public class CourseChanges implements CancelCommands {

    private final BookingAccess access;
    private final BookingCancellation cancellation;
    private final CourseRecords courses;
    private final CounsellingTimes times;
    private final Commands commands;
    private final ReadYourWrite readYourWrite;
    private final CentreClock clock;

    public CourseChanges(BookingAccess access, BookingCancellation cancellation, CourseRecords courses,
                         CounsellingTimes times, Commands commands, ReadYourWrite readYourWrite, CentreClock clock) {
        this.access = access;
        this.cancellation = cancellation;
        this.courses = courses;
        this.times = times;
        this.commands = commands;
        this.readYourWrite = readYourWrite;
        this.clock = clock;
    }

    /** The holder's course booking, with every session's place as it stands. */
    public CourseBookingView find(String reference, String secret) {
        BookingView booking = access.require(reference, secret);
        return courses.courseBooking(booking.reference()).orElseThrow(BookingNotFound::new);
    }

    /** The course booking behind a booking its holder has already opened with reference and secret. */
    public CourseBookingView view(BookingView booking) {
        return courses.courseBooking(booking.reference()).orElseThrow(BookingNotFound::new);
    }

    /** Where a session of this course could move: the counsellor's free times from now to a month after it ends. */
    public List<LocalDateTime> freeTimes(CourseBookingView course) {
        LocalDateTime now = clock.now();
        LocalDate last = course.places().stream().map(p -> p.start().toLocalDate()).max(LocalDate::compareTo)
                .orElse(now.toLocalDate());
        String service = courses.course(course.courseId()).map(CourseView::service).orElse(null);
        if (service == null) {
            return List.of();
        }
        return times.freeTimes(service, course.counsellor(), now.toLocalDate(), last.plusWeeks(4)).stream()
                .filter(t -> t.isAfter(now)).toList();
    }

    public CourseBookingView move(String reference, String secret, int n, LocalDateTime to) {
        BookingView booking = requireCourse(reference, secret);
        CourseBookingView course = courses.courseBooking(booking.reference()).orElseThrow(BookingNotFound::new);
        CourseBookingView.Place place = changeable(course, n);
        SessionView target = times.sessionAt(booking.service(), course.counsellor(), to)
                .orElseThrow(() -> new CourseRefusal(CourseRefusal.Reason.COURSE_TIME_NOT_FREE));
        if (target.sessionId().equals(place.sessionId()) && to.equals(place.start())) {
            return course;
        }
        int moves = CourseReferences.moves(place.sessionReference()) + 1;
        if (moves >= CourseReferences.MAX_MOVES) {
            throw new CourseRefusal(CourseRefusal.Reason.COURSE_SESSION_MOVED_TOO_OFTEN);
        }
        String moved = CourseReferences.session(booking.reference(), n, place.of(), moves);
        LocalDateTime now = clock.now();
        try (ReadYourWrite.Watch watch = readYourWrite.watch(booking.reference())) {
            try {
                commands.send(new BookSlotCommand(target.sessionId(), to.toLocalTime(), holder(booking, moved), now));
            } catch (SessionRefusal taken) {
                throw new CourseRefusal(CourseRefusal.Reason.COURSE_TIME_NOT_FREE);
            }
            commands.send(new CancelBookingCommand(place.sessionId(), place.sessionReference(), now));
            watch.await(() -> courses.courseBooking(booking.reference())
                    .map(c -> moved.equals(c.place(n).sessionReference())).orElse(false));
        }
        return courses.courseBooking(booking.reference()).orElseThrow(BookingNotFound::new);
    }

    public CourseBookingView cancelSession(String reference, String secret, int n) {
        BookingView booking = requireCourse(reference, secret);
        CourseBookingView course = courses.courseBooking(booking.reference()).orElseThrow(BookingNotFound::new);
        CourseBookingView.Place place = changeable(course, n);
        try (ReadYourWrite.Watch watch = readYourWrite.watch(booking.reference())) {
            commands.send(new CancelBookingCommand(place.sessionId(), place.sessionReference(), clock.now()));
            watch.await(() -> courses.courseBooking(booking.reference())
                    .map(c -> !c.place(n).active()).orElse(false));
        }
        return courses.courseBooking(booking.reference()).orElseThrow(BookingNotFound::new);
    }

    /** Cancels the sessions still to come; cancelling twice is no error. */
    public CourseBookingView cancelCourse(String reference, String secret) {
        BookingView booking = requireCourseBooking(reference, secret);
        if (booking.active()) {
            cancellation.cancel(booking);
        }
        return courses.courseBooking(booking.reference()).orElseThrow(BookingNotFound::new);
    }

    @Override
    public boolean handles(BookingView booking) {
        return CourseId.parse(booking.sessionId()).isPresent();
    }

    @Override
    public Object cancel(BookingView booking, LocalDateTime now) {
        return new CourseCancel(booking.reference(), booking.sessionId(), now);
    }

    /** The sessions still to come are given back first, then the course is freed: a retry finishes either. */
    @Override
    public Object carryOutCancel(Commands commands, Object command) {
        CourseCancel cancel = (CourseCancel) command;
        SessionClaims claims = new SessionClaims(commands);
        courses.courseBooking(cancel.reference()).ifPresent(course -> course.places().stream()
                .filter(p -> p.active() && p.start().isAfter(cancel.now()))
                .forEach(p -> claims.giveBack(p.sessionId(), p.sessionReference(), cancel.now())));
        return commands.send(new CancelCourseBookingCommand(cancel.courseId(), cancel.reference(), cancel.now()));
    }

    private BookingView requireCourseBooking(String reference, String secret) {
        BookingView booking = access.require(reference, secret);
        if (!handles(booking)) {
            throw new BookingNotFound();
        }
        return booking;
    }

    /** A course booking still held, whose personal fields are still there (a moved place carries them). */
    private BookingView requireCourse(String reference, String secret) {
        BookingView booking = requireCourseBooking(reference, secret);
        if (!booking.active() || booking.erased()) {
            throw new CourseRefusal(CourseRefusal.Reason.COURSE_BOOKING_ENDED);
        }
        return booking;
    }

    private CourseBookingView.Place changeable(CourseBookingView course, int n) {
        CourseBookingView.Place place = course.place(n);
        if (place == null) {
            throw new CourseRefusal(CourseRefusal.Reason.COURSE_SESSION_NOT_FOUND);
        }
        if (!place.active()) {
            throw new SessionRefusal(SessionRefusal.Reason.BOOKING_CANCELLED);
        }
        if (!place.start().isAfter(clock.now())) {
            throw new SessionRefusal(SessionRefusal.Reason.BOOKING_STARTED);
        }
        return place;
    }

    private static Holder holder(BookingView booking, String sessionReference) {
        return new Holder(sessionReference, booking.secretHash(), booking.subjectId(), booking.pseudonym(),
                booking.contact(), booking.language(), booking.remindersMayNameService(), booking.needs(),
                booking.consent());
    }
}
