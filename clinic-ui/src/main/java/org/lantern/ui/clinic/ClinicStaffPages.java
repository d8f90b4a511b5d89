package org.lantern.ui.clinic;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import org.lantern.application.clinic.SessionScheduling;
import org.lantern.application.sites.Sites;
import org.lantern.application.staff.StaffDirectory;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.lantern.domain.booking.Refusal;
import java.util.List;
import org.lantern.ui.audit.SensitiveAccess;
import org.lantern.ui.security.ClientAddress;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Staff pages of the clinic: sessions for managers, day lists, and reception's live dashboard. */
@Controller
class ClinicStaffPages {

    static final int PLANNING_DAYS = 28;

    private final SessionScheduling sessions;
    private final ClinicViews views;
    private final LiveDashboard live;
    private final CentreTime time;
    private final SensitiveAccess sensitive;
    private final StaffDirectory staff;
    private final ServiceCatalogue catalogue;
    private final ServiceAccess access;
    private final Sites sites;

    ClinicStaffPages(SessionScheduling sessions, ClinicViews views, LiveDashboard live, CentreTime time,
                     SensitiveAccess sensitive, StaffDirectory staff, ServiceCatalogue catalogue, ServiceAccess access,
                     Sites sites) {
        this.access = access;
        this.catalogue = catalogue;
        this.sites = sites;
        this.sensitive = sensitive;
        this.sessions = sessions;
        this.staff = staff;
        this.views = views;
        this.live = live;
        this.time = time;
    }

    record SessionForm(String service, String date, String start, String end, String slotMinutes,
                       String placesPerSlot, String clinician, String site) {
    }

    @GetMapping("/staff/sessions")
    Mono<String> sessionsPage(@RequestParam(required = false) String created,
                              @RequestParam(required = false) Integer cancelled,
                              @RequestParam(required = false) Integer told,
                              @RequestParam(required = false) Integer moved,
                              @RequestParam(required = false) String refused, Model model,
                              ServerWebExchange exchange) {
        model.addAttribute("created", created != null);
        model.addAttribute("cancelled", cancelled);
        model.addAttribute("told", told == null ? 0 : told);
        model.addAttribute("moved", moved);
        if (refused != null && refused.matches("(refused|error)\\.[A-Za-z_-]{1,40}")) {
            model.addAttribute("error", refused);
        }
        return listSessions(model, exchange, new SessionForm(firstService(), time.today().plusDays(1).toString(),
                "10:00", "13:00", "30", "2", "", Sites.FIRST_SITE));
    }

    @PostMapping("/staff/sessions")
    Mono<String> schedule(@ModelAttribute SessionForm form, Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            try {
                sessions.schedule(form.service(), LocalDate.parse(form.date()), LocalTime.parse(form.start()),
                        LocalTime.parse(form.end()), Integer.parseInt(form.slotMinutes().strip()),
                        Integer.parseInt(form.placesPerSlot().strip()), form.clinician(), sites.bookable(form.site()));
                return "redirect:/staff/sessions?created";
            } catch (DateTimeParseException | NumberFormatException | NullPointerException e) {
                model.addAttribute("error", "error.session-shape");
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            } catch (Refusal e) {
                model.addAttribute("error", e.messageKey());
                exchange.getResponse().setStatusCode(org.lantern.ui.web.Problems.statusOf(e));
            }
            return null;
        }).switchIfEmpty(Mono.defer(() -> listSessions(model, exchange, form)));
    }

    private Mono<String> listSessions(Model model, ServerWebExchange exchange, SessionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("services", catalogue.all());
        return Blocking.call(() -> {
            model.addAttribute("sites", sites.bookableIn(exchange.getLocaleContext().getLocale()));
            model.addAttribute("sessions", views.sessions(time.today(), time.today().plusDays(PLANNING_DAYS)));
            // the accounts that run sessions: a session's clinician is picked, never typed
            model.addAttribute("clinicians", staff.enabledWithAny(StaffDirectory.RUN_SESSIONS));
            return "staff/sessions";
        });
    }

    @GetMapping("/staff/day-list")
    Mono<String> dayList(@RequestParam(required = false) String date,
                         @RequestParam(required = false) String service,
                         @RequestParam(required = false) String refused, Authentication who,
                         Model model, ServerWebExchange exchange) {
        LocalDate day = parseDate(date);
        if (day == null) {
            // a date that is not one shows the form again with a sentence, never another day's list
            exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
            model.addAttribute("error", "error.date");
            model.addAttribute("date", time.today());
            List<CatalogueEntry> visible = access.visibleServices(who);
            model.addAttribute("service", catalogue.find(service).filter(visible::contains)
                    .or(() -> visible.stream().findFirst()).map(CatalogueEntry::code).orElse(""));
            model.addAttribute("services", visible);
            model.addAttribute("checksIn", ServiceAccess.checksIn(who));
            return Mono.just("staff/day-list");
        }
        if (refused != null && refused.matches("[A-Z_]{1,40}")) {
            model.addAttribute("error", "refused." + refused);
        } else if ("problem".equals(refused)) {
            model.addAttribute("error", "problem.generic");
        }
        model.addAttribute("checksIn", ServiceAccess.checksIn(who));
        List<CatalogueEntry> visible = access.visibleServices(who);
        // without a choice, the first list this person may open (the liaison officer's is the police clinic's)
        CatalogueEntry known = catalogue.find(service)
                .orElse(visible.isEmpty() ? catalogue.all().get(0) : visible.get(0));
        model.addAttribute("date", day);
        model.addAttribute("service", known.code());
        model.addAttribute("services", visible);
        if (!access.maySeeDayList(who, known)) {
            exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
            model.addAttribute("error", "problem.forbidden");
            return Mono.just("staff/day-list");
        }
        String address = ClientAddress.of(exchange);
        return Blocking.call(() -> {
            model.addAttribute("dayList", views.dayList(day, known.code()));
            sensitive.dayListOpened(who.getName(), address, known.code(), day);
            return "staff/day-list";
        });
    }

    @GetMapping("/staff/dashboard")
    Mono<String> dashboard(Model model) {
        return Blocking.call(() -> {
            model.addAttribute("dashboard", views.dashboard(time.today()));
            model.addAttribute("namedServices", org.lantern.ui.walkin.NamedServices.of(catalogue));
            return "staff/dashboard";
        });
    }

    @GetMapping(path = "/staff/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    Flux<ServerSentEvent<DashboardJson>> dashboardStream() {
        return live.events();
    }

    private LocalDate parseDate(String date) {
        try {
            return date == null || date.isBlank() ? time.today() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String firstService() {
        return catalogue.all().stream().findFirst().map(CatalogueEntry::code).orElse("");
    }
}
