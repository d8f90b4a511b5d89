package org.lantern.application.course;

import org.lantern.domain.booking.ServiceCatalogue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lantern.application.booking.BookingCodes;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.Hashes;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.ReadYourWrite;
import org.lantern.application.clinic.SessionScheduling;
import org.lantern.application.staff.Role;
import org.lantern.application.staff.StaffAccountStore;
import org.lantern.domain.booking.ServiceKind;
import org.lantern.domain.course.Course;
import org.lantern.domain.course.CourseId;
import org.lantern.domain.course.CourseRefusal;
import org.lantern.domain.course.CourseSession;
import org.lantern.domain.course.SetUpCourseCommand;
import org.lantern.domain.diary.DiaryId;
import org.lantern.domain.session.SessionId;
import org.lantern.domain.session.SessionRefusal;

/**
 * A manager sets up a course: a counselling session of 50 minutes with the counsellor each week at the same
 * weekday and time (one the counsellor already has at that time is used as it is, so courses may overlap), then
 * the course itself. A session that cannot be set up (the counsellor is elsewhere then) stops it with that
 * refusal before the course exists; the weeks set up before it stay as single sessions anyone can book.
 */
public class CourseScheduling {

    public static final int SESSION_MINUTES = 50;

    private final SessionScheduling sessions;
    private final CounsellingTimes times;
    private final CourseRecords courses;
    private final StaffAccountStore staff;
    private final Commands commands;
    private final ReadYourWrite readYourWrite;
    private final BookingCodes codes;
    private final CentreClock clock;
    private final ServiceCatalogue catalogue;

    public CourseScheduling(SessionScheduling sessions, CounsellingTimes times, CourseRecords courses,
                            StaffAccountStore staff, Commands commands, ReadYourWrite readYourWrite,
                            BookingCodes codes, CentreClock clock, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.times = times;
        this.courses = courses;
        this.staff = staff;
        this.commands = commands;
        this.readYourWrite = readYourWrite;
        this.codes = codes;
        this.clock = clock;
    }

    /** Returns the course once this node's read model shows it. */
    public CourseView setUp(String service, String counsellor, LocalDate firstDate, LocalTime start, int weeks) {
        String courseService = courseService(service);
        String named = counsellor(counsellor);
        if (weeks < 1 || weeks > Course.MAX_WEEKS) {
            throw new CourseRefusal(CourseRefusal.Reason.COURSE_WEEKS_OUT_OF_RANGE);
        }
        LocalTime end = start.plusMinutes(SESSION_MINUTES);
        if (!end.isAfter(start)) {
            throw new SessionRefusal(SessionRefusal.Reason.END_NOT_AFTER_START);
        }
        if (firstDate.atTime(start).isBefore(clock.now())) {
            throw new SessionRefusal(SessionRefusal.Reason.SESSION_IN_PAST);
        }
        List<CourseSession> planned = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            LocalDate date = firstDate.plusWeeks(week);
            planned.add(new CourseSession(session(courseService, named, date, start, end), date, start, end));
        }
        String courseId = CourseId.of(firstDate, codes.sessionSuffix()).value();
        try (ReadYourWrite.Watch watch = readYourWrite.watch(courseId)) {
            commands.send(new SetUpCourseCommand(courseId, named, planned, clock.now(), courseService));
            watch.await(() -> courses.course(courseId).isPresent());
        }
        return courses.course(courseId).orElse(new CourseView(courseId, named, planned, false, courseService));
    }

    private String session(String service, String counsellor, LocalDate date, LocalTime start, LocalTime end) {
        LocalDateTime at = date.atTime(start);
        var existing = times.sessionAt(service, counsellor, at).filter(s -> s.slotMinutes() == SESSION_MINUTES
                && s.placesPerSlot() == 1);
        if (existing.isPresent()) {
            return existing.get().sessionId();
        }
        String sessionId = sessionIdOf(counsellor, date, start);
        try {
            return sessions.scheduleAs(sessionId, service, date, start, end, SESSION_MINUTES, 1,
                    counsellor);
        } catch (SessionRefusal refused) {
            if (refused.reason() == SessionRefusal.Reason.SESSION_EXISTS) {
                return sessionId; // set up by an earlier attempt that stopped, or another course at once
            }
            throw refused;
        }
    }

    /**
     * The catalogue's service of kind "course" the course belongs to: the one named, or when none is named the
     * first course service of the catalogue. Refused with {@code error.service} otherwise.
     */
    String courseService(String code) {
        boolean named = code != null && !code.isBlank();
        return catalogue.all().stream().filter(e -> e.kind() == ServiceKind.COURSE)
                .filter(e -> !named || e.code().equals(code.strip())).findFirst()
                .map(e -> e.code()).orElseThrow(() -> new InvalidInputException("error.service"));
    }

    /** The same counsellor, date and time give the same id, whoever sets it up and however often. */
    static String sessionIdOf(String counsellor, LocalDate date, LocalTime start) {
        String hash = Hashes.sha256(DiaryId.normalise(counsellor)).substring(0, 7);
        return SessionId.of(date, "c" + String.format(Locale.ROOT, "%02d%02d", start.getHour(), start.getMinute())
                + hash).value();
    }

    private String counsellor(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 60) {
            throw new InvalidInputException("error.counsellor");
        }
        String username = DiaryId.normalise(typed);
        boolean counsels = staff.find(username)
                .filter(a -> a.enabled() && a.roles().contains(Role.COUNSELLOR)).isPresent();
        if (!counsels) {
            throw new InvalidInputException("error.counsellor");
        }
        return username;
    }

}
