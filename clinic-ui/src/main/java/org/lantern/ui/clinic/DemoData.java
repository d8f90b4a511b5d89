package org.lantern.ui.clinic;

import org.lantern.domain.booking.ServiceKind;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import org.lantern.application.course.CourseScheduling;

import org.lantern.application.nightcentre.NightScheduling;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.clinic.SessionScheduling;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.CentreTime;
import org.lantern.application.staff.Role;
import org.lantern.ui.staff.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the 'demo' profile: a week of sessions to book, and staff accounts to look around with (their
 * passwords are in the README; never use this profile with real people's data).
 */
@Component
@Profile("demo")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String DEMO_PASSWORD = "lantern-demo-password";

    private final SessionScheduling sessions;
    private final NightScheduling nights;
    private final ClinicViews views;
    private final StaffAccounts staff;
    private final CentreTime time;
    private final CourseScheduling courses;
    private final ServiceCatalogue catalogue;

    DemoData(SessionScheduling sessions, NightScheduling nights, ClinicViews views, StaffAccounts staff,
             CentreTime time, CourseScheduling courses, ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.courses = courses;
        this.sessions = sessions;
        this.nights = nights;
        this.views = views;
        this.staff = staff;
        this.time = time;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        createStaff("reception", Role.RECEPTION);
        createStaff("clinician", Role.CLINICIAN);
        // a session's clinician is a staff account
        createStaff("sam", Role.CLINICIAN);
        createStaff("jo", Role.CLINICIAN);
        createStaff("alex", Role.COUNSELLOR);
        createStaff("robin", Role.CLINICIAN);
        createStaff("night", Role.NIGHT_STAFF);
        createStaff("kim", Role.NIGHT_STAFF);
        LocalDate today = time.today();
        planNights(today);
        if (!views.sessions(today, today.plusDays(7)).isEmpty()) {
            return;
        }
        // the demo's sessions are of the catalogue's services: its first one-to-one, private and course services
        String clinic = first(e -> e.kind() == ServiceKind.SLOTS && !e.isPrivate());
        String hidden = first(CatalogueEntry::isPrivate);
        String course = first(e -> e.kind() == ServiceKind.COURSE);
        int created = 0;
        for (int day = 0; day < 7; day++) {
            LocalDate date = today.plusDays(day);
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            created += tryToSchedule(clinic, date, "10:00", "13:00", 30, 2, "sam");
            created += tryToSchedule(clinic, date, "18:00", "21:00", 15, 1, "jo");
            created += tryToSchedule(course, date, "14:00", "16:30", 50, 1, "alex");
            if (date.getDayOfWeek() == DayOfWeek.THURSDAY) {
                created += tryToSchedule(hidden, date, "17:00", "18:00", 30, 1, null);
            }
        }
        LocalTime nextHour = time.now().toLocalTime().withMinute(0).withSecond(0).withNano(0).plusHours(1);
        if (nextHour.isAfter(LocalTime.of(6, 0)) && nextHour.isBefore(LocalTime.of(22, 0))) {
            created += tryToSchedule(clinic, today, nextHour.toString(), nextHour.plusHours(2).toString(),
                    15, 2, "robin");
        }
        log.info("Demo data: {} sessions over the next week", created);
        offerCourses(today);
    }

    private String first(java.util.function.Predicate<CatalogueEntry> kind) {
        return catalogue.all().stream().filter(kind).map(CatalogueEntry::code).findFirst().orElse(null);
    }

    /** Two six-week counselling courses with alex, on Tuesdays and Fridays at 11:00, starting next week. */
    private void offerCourses(LocalDate today) {
        int offered = 0;
        for (DayOfWeek day : java.util.List.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY)) {
            LocalDate first = today.plusWeeks(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
            try {
                courses.setUp(null, "alex", first, LocalTime.of(11, 0), 6);
                offered++;
            } catch (Refusal e) {
                // alex is elsewhere then
            }
        }
        log.info("Demo data: {} counselling courses", offered);
    }

    /** The night centre from tonight, Monday to Saturday: 12 rest places, two childcare staff on the roster. */
    private void planNights(LocalDate today) {
        int planned = 0;
        for (int day = 0; day < 7; day++) {
            LocalDate date = today.plusDays(day);
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            try {
                nights.plan(date, LocalTime.of(20, 0), LocalTime.of(8, 0), 12);
                nights.roster(date, java.util.List.of("night", "kim"));
                planned++;
            } catch (Refusal e) {
                // already planned (a restart), or tonight has already closed
            }
        }
        log.info("Demo data: {} nights of the night centre", planned);
    }

    private int tryToSchedule(String service, LocalDate date, String start, String end, int slot, int places,
                              String clinician) {
        try {
            sessions.schedule(service, date, LocalTime.parse(start), LocalTime.parse(end), slot, places, clinician);
            return 1;
        } catch (Refusal e) {
            return 0; // a session earlier today has already started
        }
    }

    private void createStaff(String username, Role role) {
        if (staff.find(username).isEmpty()) {
            try {
                staff.create(username, DEMO_PASSWORD, EnumSet.of(role));
            } catch (InvalidInputException e) {
                log.warn("Demo account {} was not created", username);
            }
        }
    }
}
