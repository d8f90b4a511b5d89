package org.lantern.ui.walkin;

import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.domain.booking.ServiceCatalogue;

import java.util.List;
import java.util.Set;
import org.lantern.application.walkin.NewTicket;
import org.lantern.application.walkin.Placed;
import org.lantern.application.walkin.WalkIns;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.booking.SharedNames;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reception's walk-in desk (RECEPTION, MANAGER): add a walk-in, change its priority (with the reason), call the next
 * person or one ticket to a room, send a called ticket back to its old place, seen, left.
 */
@Controller
class WalkInStaffPages {

    /** What a redirect may say back, by key: never free text in a URL. */
    private static final Set<String> NOTICES = Set.of("called", "nobody", "bad-room", "done");

    private final WalkIns walkIns;
    private final ServiceCatalogue catalogue;
    private final SharedNames sharedNames;

    WalkInStaffPages(WalkIns walkIns, ServiceCatalogue catalogue, SharedNames sharedNames) {
        this.sharedNames = sharedNames;
        this.catalogue = catalogue;
        this.walkIns = walkIns;
    }

    record WalkInForm(String service, String priority, String reason, String pseudonym) {

        @Override
        public String toString() {
            return "WalkInForm[" + service + "]";
        }
    }

    record NextForm(String service, String room) {
    }

    record PriorityForm(String priority, String reason) {
    }

    record CallForm(String room) {
    }

    @GetMapping("/staff/walk-ins")
    Mono<String> desk(@RequestParam(required = false) String service,
                      @RequestParam(required = false) String notice, Model model) {
        return Blocking.call(() -> page(service(service), notice != null && NOTICES.contains(notice) ? notice : null, model));
    }

    @PostMapping("/staff/walk-ins")
    Mono<String> add(@ModelAttribute WalkInForm form, Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            try {
                String code = sharedNames.fromHandle(form.service()).map(CatalogueEntry::code).orElse(form.service());
                NewTicket ticket = walkIns.add(code, form.priority(), form.reason(), form.pseudonym());
                model.addAttribute("ticket", ticket);
                model.addAttribute("back", sharedNames.handle(code));
                return "staff/walk-in-added";
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                model.addAttribute("error", refused.messageKey());
                return page(service(form.service()), null, model);
            }
        });
    }

    @PostMapping("/staff/walk-ins/next")
    Mono<String> next(@ModelAttribute NextForm form) {
        String service = service(form.service());
        return Blocking.call(() -> {
            try {
                walkIns.callNext(service, form.room(), null);
                return back(service, "called");
            } catch (Refusal refused) {
                return back(service, refused.kind() == Refusal.Kind.NOT_FOUND ? "nobody" : "bad-room");
            }
        });
    }

    @PostMapping("/staff/walk-ins/{ticketId}/priority")
    Mono<String> priority(@PathVariable String ticketId, @ModelAttribute PriorityForm form) {
        return Blocking.call(() -> back(walkIns.changePriority(ticketId, form.priority(), form.reason()).entry()
                .service().code(), "done"));
    }

    @PostMapping("/staff/walk-ins/{ticketId}/call")
    Mono<String> call(@PathVariable String ticketId, @ModelAttribute CallForm form) {
        return Blocking.call(() -> back(walkIns.call(ticketId, form.room(), null).entry().service().code(),
                "called"));
    }

    @PostMapping("/staff/walk-ins/{ticketId}/return")
    Mono<String> returnToQueue(@PathVariable String ticketId) {
        return Blocking.call(() -> back(walkIns.returnToQueue(ticketId).entry().service().code(), "done"));
    }

    @PostMapping("/staff/walk-ins/{ticketId}/seen")
    Mono<String> seen(@PathVariable String ticketId) {
        return Blocking.call(() -> back(walkIns.seen(ticketId).entry().service().code(), "done"));
    }

    @PostMapping("/staff/walk-ins/{ticketId}/left")
    Mono<String> left(@PathVariable String ticketId) {
        return Blocking.call(() -> back(walkIns.left(ticketId).entry().service().code(), "done"));
    }

    private String page(String service, String notice, Model model) {
        List<Placed> queue = walkIns.queue(service);
        model.addAttribute("service", sharedNames.handle(service));
        model.addAttribute("services", catalogue.all());
        model.addAttribute("handles", handles());
        model.addAttribute("reasons", WalkIns.REASONS.stream().sorted().toList());
        model.addAttribute("queue", queue);
        model.addAttribute("notice", notice);
        return "staff/walk-ins";
    }

    /** The address names a private service only by its shared name, as the page's own links do. */
    private String back(String service, String notice) {
        return "redirect:/staff/walk-ins?service=" + sharedNames.handle(service) + "&notice=" + notice;
    }

    /** A service code or a shared name ("private") from the page's links and forms. */
    private String service(String shown) {
        return sharedNames.fromHandle(shown).or(() -> catalogue.all().stream().findFirst())
                .map(CatalogueEntry::code).orElse("");
    }

    /** Each service's name in the page's own links: a private one's never its code. */
    private java.util.Map<String, String> handles() {
        java.util.Map<String, String> handles = new java.util.HashMap<>();
        catalogue.all().forEach(e -> handles.put(e.code(), sharedNames.handle(e.code())));
        return handles;
    }
}
