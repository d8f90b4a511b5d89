package org.lantern.application.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.lantern.application.booking.Booked;
import org.lantern.application.booking.BookingKind;
import org.lantern.application.booking.BookingPipeline;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.IdempotencyKey;
import org.lantern.application.booking.Requester;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.course.AbandonCourseBookingCommand;
import org.lantern.domain.course.ConfirmCourseBookingCommand;
import org.lantern.domain.course.CourseRefusal;
import org.lantern.domain.course.CourseSession;
import org.lantern.domain.course.StartCourseBookingCommand;

/**
 * A whole counselling course, all or none, through the pipeline. There is no transaction across the course and
 * its sessions: the course records that a booking has begun (and holds its one place), the booking claims each
 * session's place in date order, and the course records the end, booked or given back. A refusal on any session
 * gives back every place claimed before it; a crash in between is finished by {@link CourseRecovery}.
 */
public class CourseBookings implements BookingKind<CourseRequest, CourseItem> {

    private final BookingPipeline pipeline;
    private final CourseRecords courses;
    private final CourseCatalogue catalogue;
    private final CentreClock clock;

    public CourseBookings(BookingPipeline pipeline, CourseRecords courses, CourseCatalogue catalogue,
                          CentreClock clock) {
        this.pipeline = pipeline;
        this.courses = courses;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public Booked<CourseItem> book(CourseRequest request, Optional<IdempotencyKey> key, Requester requester) {
        return pipeline.book(this, request, key, requester);
    }

    /** Only that the course exists: a retry of a booking that holds it must still find it. */
    @Override
    public CourseItem describe(CourseRequest request) {
        CourseView course = course(request.courseId().value());
        return new CourseItem(course.courseId(), course.service(), course.counsellor(), course.sessions());
    }

    @Override
    public Object command(CourseRequest request, CourseItem item, Holder holder, LocalDateTime now) {
        // whether someone holds it is the course's to say (the start command): no second read here
        return new CourseClaim(new StartCourseBookingCommand(item.courseId(), holder, now),
                new CourseView(item.courseId(), item.counsellor(), item.sessions(), false, item.service()));
    }

    @Override
    public Object carryOut(Commands commands, Object command) {
        CourseClaim claim = (CourseClaim) command;
        CourseView course = claim.course();
        if (!course.sessions().get(0).startsAt().isAfter(claim.start().now())) {
            throw new CourseRefusal(CourseRefusal.Reason.COURSE_BEGUN);
        }
        List<LocalDate> taken = catalogue.takenDates(course);
        if (!taken.isEmpty() || course.held()) {
            throw clash(course, course.held() ? allDates(course) : taken);
        }
        try {
            commands.send(claim.start());
        } catch (CourseRefusal refused) {
            throw refused.reason() == CourseRefusal.Reason.COURSE_TAKEN ? clash(course, allDates(course)) : refused;
        }
        Holder holder = claim.start().holder();
        LocalDateTime now = claim.start().now();
        Optional<LocalDate> clash;
        try {
            clash = new SessionClaims(commands).claimAll(course.sessions(), holder, now);
        } catch (RuntimeException failed) {
            abandon(commands, course, holder.reference(), List.of(), now);
            throw failed;
        }
        if (clash.isPresent()) {
            abandon(commands, course, holder.reference(), List.of(clash.get()), now);
            TreeSet<LocalDate> dates = new TreeSet<>(taken);
            dates.add(clash.get());
            throw clash(course, new ArrayList<>(dates));
        }
        try {
            commands.send(new ConfirmCourseBookingCommand(course.courseId(), holder.reference(), now));
        } catch (CourseRefusal abandonedMeanwhile) {
            // the recovery sweep took this for a crashed booking (it ran far too long): give back what it holds
            new SessionClaims(commands).giveBackAll(course.sessions(), holder.reference(), now);
            throw abandonedMeanwhile;
        }
        return BookingStatus.BOOKED;
    }

    private static void abandon(Commands commands, CourseView course, String reference, List<LocalDate> clashes,
                                LocalDateTime now) {
        commands.send(new AbandonCourseBookingCommand(course.courseId(), reference, clashes, now));
    }

    private CourseClash clash(CourseView course, List<LocalDate> dates) {
        return new CourseClash(dates, catalogue.nextWhollyFree(course));
    }

    private static List<LocalDate> allDates(CourseView course) {
        return course.sessions().stream().map(CourseSession::date).toList();
    }

    private CourseView course(String courseId) {
        return courses.course(courseId).orElseThrow(() -> new CourseRefusal(CourseRefusal.Reason.COURSE_NOT_FOUND));
    }
}
