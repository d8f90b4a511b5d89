package org.lantern.ui.clinic;

import org.lantern.domain.booking.SharedNames;

import java.time.LocalDate;
import org.lantern.application.clinic.SessionCancellation;
import org.lantern.application.clinic.SessionMove;
import org.lantern.application.reminders.UntoldPeople;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.Blocking;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A manager calls a session off from the sessions page; reception sees whom the centre could not tell. */
@Controller
class SessionChangesPages {

    private final SessionCancellation cancellation;
    private final SessionMove moves;
    private final UntoldPeople untold;
    private final CentreTime time;
    private final SharedNames sharedNames;

    SessionChangesPages(SessionCancellation cancellation, SessionMove moves, UntoldPeople untold, CentreTime time, SharedNames sharedNames) {
        this.sharedNames = sharedNames;
        this.cancellation = cancellation;
        this.moves = moves;
        this.untold = untold;
        this.time = time;
    }

    @PostMapping("/staff/sessions/{sessionId}/move")
    Mono<String> move(@PathVariable String sessionId, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            try {
                SessionMove.Outcome outcome = moves.move(sessionId,
                        SessionChangesApi.parse(() -> LocalDate.parse(form.getFirst("date")), "error.date"),
                        SessionChangesApi.parse(() -> java.time.LocalTime.parse(form.getFirst("start")), "error.time"),
                        form.getFirst("reason"));
                return "redirect:/staff/sessions?moved=" + outcome.bookingsMoved() + "&told=" + outcome.peopleTold();
            } catch (Refusal refused) {
                return "redirect:/staff/sessions?refused=" + refused.messageKey();
            }
        }));
    }

    @PostMapping("/staff/sessions/{sessionId}/cancel")
    Mono<String> cancel(@PathVariable String sessionId, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            try {
                SessionCancellation.Outcome outcome = cancellation.cancel(sessionId, form.getFirst("reason"));
                return "redirect:/staff/sessions?cancelled=" + outcome.bookingsCancelled() + "&told="
                        + outcome.peopleTold();
            } catch (Refusal refused) {
                return "redirect:/staff/sessions?refused=" + refused.messageKey();
            }
        }));
    }

    /** By reference and time only; a private service shows as a private appointment, as on every shared screen. */
    record Line(String reference, java.time.LocalDateTime startsAt, String service, String why) {
    }

    @GetMapping("/staff/untold")
    Mono<String> untold(Model model) {
        LocalDate today = time.today();
        return Blocking.call(() -> {
            model.addAttribute("untold", untold.since(today).stream().map(u -> new Line(u.reference(), u.startsAt(),
                    sharedNames.shown(u.service()),
                    u.why().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))).toList());
            return "staff/untold";
        });
    }
}
