package org.lantern.ui.staff;

import org.lantern.application.staff.StaffAccount;

import org.lantern.application.booking.InvalidInputException;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/** Any member of staff changes their own password here; one who must change it is sent here first. */
@Controller
class PasswordPages {

    private final StaffAccounts accounts;

    PasswordPages(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record PasswordForm(String current, String chosen, String repeated) {
    }

    @GetMapping("/staff/password")
    Mono<String> form(Authentication who, Model model) {
        return Blocking.call(() -> {
            model.addAttribute("required", accounts.find(who.getName()).map(StaffAccount::mustChangePassword)
                    .orElse(false));
            return "staff/password";
        });
    }

    @PostMapping("/staff/password")
    Mono<String> change(@ModelAttribute PasswordForm form, Authentication who, Model model,
                        ServerWebExchange exchange) {
        if (form.chosen() == null || !form.chosen().equals(form.repeated())) {
            return refuse(exchange, model, who, "error.password-repeat");
        }
        return Blocking.call(() -> {
            try {
                accounts.changePassword(who.getName(), form.current(), form.chosen());
                return "redirect:/staff?password-changed";
            } catch (InvalidInputException e) {
                return e.messageKey();
            }
        }).flatMap(outcome -> outcome.startsWith("redirect:")
                ? exchange.getSession().flatMap(WebSession::changeSessionId).thenReturn(outcome)
                : refuse(exchange, model, who, outcome));
    }

    private Mono<String> refuse(ServerWebExchange exchange, Model model, Authentication who, String messageKey) {
        exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
        model.addAttribute("error", messageKey);
        return form(who, model);
    }
}
