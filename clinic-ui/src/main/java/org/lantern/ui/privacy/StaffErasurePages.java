package org.lantern.ui.privacy;

import java.util.Locale;
import org.lantern.application.privacy.PersonalDataErasure;
import org.lantern.domain.booking.BookingReference;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A manager erases a person's data when the person asks in person, by phone or by message. */
@Controller
class StaffErasurePages {

    private final PersonalDataErasure erasure;

    StaffErasurePages(PersonalDataErasure erasure) {
        this.erasure = erasure;
    }

    record ErasureForm(String reference, Boolean confirmed) {
    }

    @GetMapping("/staff/erasure")
    String form() {
        return "staff/erasure";
    }

    @PostMapping("/staff/erasure")
    Mono<String> erase(@ModelAttribute ErasureForm form, Model model, ServerWebExchange exchange) {
        String reference = form.reference() == null ? "" : form.reference().strip().toUpperCase(Locale.ROOT);
        if (!Boolean.TRUE.equals(form.confirmed())) {
            return Mono.just(refuse(model, exchange, HttpStatus.BAD_REQUEST, "error.erasure-confirm"));
        }
        if (BookingReference.parse(reference).isEmpty()) {
            return Mono.just(refuse(model, exchange, HttpStatus.NOT_FOUND, "refused.BOOKING_NOT_FOUND"));
        }
        return Blocking.call(() -> {
            try {
                boolean now = erasure.eraseOnRequest(reference);
                model.addAttribute("done", now ? "staff.erasure.done" : "staff.erasure.already");
                return "staff/erasure";
            } catch (Refusal e) {
                return refuse(model, exchange, HttpStatus.NOT_FOUND, e.messageKey());
            }
        });
    }

    private static String refuse(Model model, ServerWebExchange exchange, HttpStatus status, String key) {
        exchange.getResponse().setStatusCode(status);
        model.addAttribute("error", key);
        return "staff/erasure";
    }
}
