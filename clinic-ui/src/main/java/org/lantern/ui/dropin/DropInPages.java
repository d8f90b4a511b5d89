package org.lantern.ui.dropin;

import org.lantern.application.dropin.DropInVisits;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.dropin.VisitReason;
import org.lantern.ui.web.Blocking;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Reception's tally of plain visits: one button per reason, one tap a visit. */
@Controller
class DropInPages {

    private final DropInVisits visits;

    DropInPages(DropInVisits visits) {
        this.visits = visits;
    }

    @GetMapping("/staff/drop-in")
    String page(@RequestParam(required = false) Integer today, @RequestParam(required = false) String refused,
                Model model) {
        model.addAttribute("reasons", VisitReason.values());
        model.addAttribute("today", today);
        if (refused != null) {
            model.addAttribute("error", "error.visit-reason");
        }
        return "staff/drop-in";
    }

    @PostMapping("/staff/drop-in")
    Mono<String> count(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            try {
                return "redirect:/staff/drop-in?today=" + visits.count(form.getFirst("reason")).today();
            } catch (Refusal refused) {
                return "redirect:/staff/drop-in?refused";
            }
        }));
    }
}
