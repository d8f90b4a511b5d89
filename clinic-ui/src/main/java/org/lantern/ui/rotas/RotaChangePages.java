package org.lantern.ui.rotas;

import java.time.LocalDate;
import java.util.List;
import org.lantern.application.clinic.RotaChanges;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A manager changes or cancels a weekly pattern from a date on, in two steps: "ask" shows what it would do (sessions
 * kept, moved, called off, set up, bookings touched) and changes nothing; the confirmation does it and redirects to
 * the list with the counts. A refusal at either step is drawn at once, with its kind sentence, its status and the
 * form as it was typed.
 */
@Controller
class RotaChangePages {

    private final RotaChanges changes;

    RotaChangePages(RotaChanges changes) {
        this.changes = changes;
    }

    @PostMapping("/staff/rotas/{rotaId}/cancel/ask")
    Mono<String> askCancel(@PathVariable String rotaId, Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            CancelForm asked = CancelForm.of(form);
            try {
                model.addAttribute("plan", changes.planCancel(rotaId, asked.date(), asked.reason()));
            } catch (Refusal refused) {
                refuse(model, exchange, refused);
            }
            return page(model, rotaId, "cancel", asked, null);
        }));
    }

    @PostMapping("/staff/rotas/{rotaId}/cancel")
    Mono<String> cancel(@PathVariable String rotaId, Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            CancelForm asked = CancelForm.of(form);
            try {
                RotaChanges.Cancelled done = changes.cancelFrom(rotaId, asked.date(), asked.reason());
                return "redirect:/staff/rotas?done=cancelled&sessions=" + done.sessionsCancelled() + "&bookings="
                        + done.bookingsCancelled() + "&told=" + done.peopleTold();
            } catch (Refusal refused) {
                refuse(model, exchange, refused);
                return page(model, rotaId, "cancel", asked, null);
            }
        }));
    }

    @PostMapping("/staff/rotas/{rotaId}/change/ask")
    Mono<String> askChange(@PathVariable String rotaId, Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            RotaChangesApi.ChangeFrom asked = changeForm(form);
            try {
                model.addAttribute("plan", changes.planChange(rotaId, RotaChangesApi.change(asked), asked.reason()));
            } catch (Refusal refused) {
                refuse(model, exchange, refused);
            }
            return page(model, rotaId, "change", null, asked);
        }));
    }

    @PostMapping("/staff/rotas/{rotaId}/change")
    Mono<String> change(@PathVariable String rotaId, Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            RotaChangesApi.ChangeFrom asked = changeForm(form);
            try {
                RotaChanges.Changed done = changes.changeFrom(rotaId, RotaChangesApi.change(asked), asked.reason());
                return "redirect:/staff/rotas?done=changed&kept=" + done.sessionsKept() + "&moved="
                        + done.sessionsMoved() + "&sessions=" + done.sessionsCancelled() + "&created="
                        + done.created().size() + "&skipped=" + done.skipped().size() + "&bookings="
                        + (done.bookingsCancelled() + done.bookingsMoved()) + "&told=" + done.peopleTold();
            } catch (Refusal refused) {
                refuse(model, exchange, refused);
                return page(model, rotaId, "change", null, asked);
            }
        }));
    }

    /** The cancellation's form as typed: the date as text, so a wrong one is shown back as it was. */
    record CancelForm(String from, String reason) {

        static CancelForm of(MultiValueMap<String, String> form) {
            return new CancelForm(form.getFirst("from"), form.getFirst("reason"));
        }

        public LocalDate date() {
            return RotaApi.parse(() -> LocalDate.parse(from), "error.date");
        }
    }

    private static RotaChangesApi.ChangeFrom changeForm(MultiValueMap<String, String> form) {
        return new RotaChangesApi.ChangeFrom(form.getFirst("from"), form.getOrDefault("weekdays", List.of()),
                form.getFirst("start"), form.getFirst("end"), RotaPages.number(form.getFirst("slotMinutes")),
                RotaPages.number(form.getFirst("placesPerSlot")), form.getFirst("staff"),
                RotaPages.number(form.getFirst("weeks")), form.getFirst("reason"));
    }

    private static void refuse(Model model, ServerWebExchange exchange, Refusal refused) {
        exchange.getResponse().setStatusCode(Problems.statusOf(refused));
        model.addAttribute("error", refused.messageKey());
        model.asMap().remove("plan");
    }

    private static String page(Model model, String rotaId, String kind, CancelForm cancel,
                               RotaChangesApi.ChangeFrom change) {
        model.addAttribute("rotaId", rotaId);
        model.addAttribute("kind", kind);
        model.addAttribute("cancel", cancel);
        model.addAttribute("change", change);
        model.addAttribute("weekdays", RotaPages.WEEKDAYS);
        return "staff/rota-confirm";
    }
}
