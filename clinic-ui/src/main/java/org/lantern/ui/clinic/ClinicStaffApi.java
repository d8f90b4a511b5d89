package org.lantern.ui.clinic;

import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.clinic.SessionScheduling;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.lantern.domain.booking.Service;
import org.lantern.projections.clinic.DayListView;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Managers set up sessions; clinicians and reception read the day list and the dashboard. */
@RestController
@RequestMapping("/api/v1")
class ClinicStaffApi {

    private final SessionScheduling sessions;
    private final ClinicViews views;
    private final LiveDashboard live;
    private final CentreTime time;

    ClinicStaffApi(SessionScheduling sessions, ClinicViews views, LiveDashboard live, CentreTime time) {
        this.sessions = sessions;
        this.views = views;
        this.live = live;
        this.time = time;
    }

    record NewSession(String service, String date, String start, String end, Integer slotMinutes,
                      Integer placesPerSlot, String clinician) {
    }

    record Created(String sessionId) {
    }

    record DayList(LocalDate date, String service, List<Session> sessions) {
    }

    record Session(String sessionId, OffsetDateTime start, OffsetDateTime end, String clinician, List<Slot> slots) {
    }

    record Slot(OffsetDateTime start, OffsetDateTime end, int places, List<Entry> bookings) {
    }

    /** {@code course} is which session of how many, for a session of a counselling course; null otherwise. */
    record Entry(String reference, String pseudonym, String status, CoursePosition course) {
    }

    record CoursePosition(int session, int of) {
    }

    static final String ERASED = "(erased)";

    @PostMapping("/sessions")
    Mono<ResponseEntity<Created>> schedule(@RequestBody NewSession body) {
        if (body.slotMinutes() == null || body.placesPerSlot() == null) {
            throw new InvalidInputException("error.session-shape");
        }
        LocalDate date = parse(() -> LocalDate.parse(body.date()), "error.date");
        LocalTime start = parse(() -> LocalTime.parse(body.start()), "error.time");
        LocalTime end = parse(() -> LocalTime.parse(body.end()), "error.time");
        return Blocking.call(() -> ResponseEntity.status(HttpStatus.CREATED).body(new Created(sessions.schedule(
                body.service(), date, start, end, body.slotMinutes(), body.placesPerSlot(), body.clinician()))));
    }

    @GetMapping("/day-list")
    Mono<DayList> dayList(@RequestParam LocalDate date, @RequestParam String service, Authentication who) {
        Service known = Service.fromCode(service).orElseThrow(() -> new InvalidInputException("error.service"));
        if (!ServiceAccess.maySeeDayList(who, known)) {
            throw new AccessDeniedException("service");
        }
        return Blocking.call(() -> toDayList(ownFirst(views.dayList(date, service), who)));
    }

    /** A clinician's own day: their sessions of every service on that date, with who arrived and was seen. */
    @GetMapping("/my-day")
    Mono<List<DayList>> myDay(@RequestParam LocalDate date, Authentication who) {
        String me = who.getName().toLowerCase(java.util.Locale.ROOT);
        return Blocking.call(() -> java.util.Arrays.stream(Service.values())
                .map(s -> views.dayList(date, s.code()))
                .map(v -> new DayListView(v.date(), v.service(),
                        v.sessions().stream().filter(s -> me.equals(s.clinician())).toList()))
                .filter(v -> !v.sessions().isEmpty()).map(this::toDayList).toList());
    }

    /** The caller's own sessions come first; the rest keep their time order. */
    private static DayListView ownFirst(DayListView v, Authentication who) {
        String me = who.getName().toLowerCase(java.util.Locale.ROOT);
        return new DayListView(v.date(), v.service(), v.sessions().stream()
                .sorted(java.util.Comparator.comparing(s -> !me.equals(s.clinician()))).toList());
    }

    @GetMapping("/dashboard")
    Mono<DashboardJson> dashboard() {
        return Blocking.call(() -> DashboardJson.of(views.dashboard(time.today()), time));
    }

    @GetMapping(path = "/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<DashboardJson>> dashboardStream() {
        return live.events();
    }

    private DayList toDayList(DayListView v) {
        return new DayList(v.date(), v.service(), v.sessions().stream().map(s -> new Session(s.sessionId(),
                time.at(v.date(), s.start()), time.at(v.date(), s.end()), s.clinician(),
                s.slots().stream().map(slot -> new Slot(time.at(v.date(), slot.start()), time.at(v.date(), slot.end()),
                        slot.places(), slot.bookings().stream().map(e -> new Entry(e.reference(),
                                e.erased() ? ERASED : e.pseudonym(), e.status(), e.inCourse()
                                ? new CoursePosition(e.courseSession(), e.courseSessions()) : null)).toList())).toList())).toList());
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String messageKey) {
        try {
            return parser.get();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(messageKey);
        }
    }
}
