package org.lantern.ui.clinic;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.clinic.SessionScheduling;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.lantern.domain.booking.Needs;
import org.lantern.ui.audit.SensitiveAccess;
import org.lantern.ui.security.ClientAddress;
import org.springframework.web.server.ServerWebExchange;
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
    private final SensitiveAccess sensitive;
    private final ServiceCatalogue catalogue;
    private final ServiceAccess access;

    ClinicStaffApi(SessionScheduling sessions, ClinicViews views, LiveDashboard live, CentreTime time,
                   SensitiveAccess sensitive, ServiceCatalogue catalogue, ServiceAccess access) {
        this.access = access;
        this.catalogue = catalogue;
        this.sensitive = sensitive;
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

    /**
     * {@code needs}: what the person asked for (an interpreter, access needs, a clinician's gender), or null;
     * {@code course}: which session of how many, for a session of a counselling course, or null.
     */
    record Entry(String reference, String pseudonym, String status, NeedsView needs, CoursePosition course) {
    }

    record CoursePosition(int session, int of) {
    }

    /** A person's needs as staff read them; {@code toString()} names none of them. */
    record NeedsView(String clinicianGender, String interpreter, List<String> accessTicks, String access) {

        static NeedsView of(Needs needs) {
            return needs.isEmpty() ? null
                    : new NeedsView(needs.clinicianGender(), needs.interpreter(), needs.tickCodes(), needs.access());
        }

        @Override
        public String toString() {
            return "NeedsView";
        }
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
    Mono<DayList> dayList(@RequestParam LocalDate date, @RequestParam String service, Authentication who,
                          ServerWebExchange exchange) {
        CatalogueEntry known = catalogue.find(service).orElseThrow(() -> new InvalidInputException("error.service"));
        if (!access.maySeeDayList(who, known)) {
            throw new AccessDeniedException("service");
        }
        String address = ClientAddress.of(exchange);
        return Blocking.call(() -> {
            DayList list = toDayList(ownFirst(views.dayList(date, service), who));
            sensitive.dayListOpened(who.getName(), address, service, date);
            return list;
        });
    }

    /** A clinician's own day: their sessions of every service on that date, with who arrived and was seen. */
    @GetMapping("/my-day")
    Mono<List<DayList>> myDay(@RequestParam LocalDate date, Authentication who, ServerWebExchange exchange) {
        String me = who.getName().toLowerCase(java.util.Locale.ROOT);
        String address = ClientAddress.of(exchange);
        // a private service's list only for those who may open it: nobody else learns that they run one
        return Blocking.call(() -> {
            List<DayList> mine = new java.util.ArrayList<>();
            for (CatalogueEntry service : access.nameable(who)) {
                DayListView v = views.dayList(date, service.code());
                List<DayListView.Session> own = v.sessions().stream().filter(s -> me.equals(s.clinician())).toList();
                if (!own.isEmpty()) {
                    mine.add(toDayList(new DayListView(v.date(), v.service(), own)));
                    sensitive.dayListOpened(who.getName(), address, v.service(), date);
                }
            }
            return mine;
        });
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
                                e.erased() ? ERASED : e.pseudonym(), e.status(), NeedsView.of(e.needs()),
                                e.inCourse() ? new CoursePosition(e.courseSession(), e.courseSessions()) : null))
                        .toList())).toList())).toList());
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String messageKey) {
        try {
            return parser.get();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException(messageKey);
        }
    }
}
