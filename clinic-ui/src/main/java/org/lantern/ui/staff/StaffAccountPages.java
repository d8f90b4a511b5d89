package org.lantern.ui.staff;

import org.lantern.domain.booking.Needs;
import org.lantern.application.staff.Role;
import org.lantern.application.staff.StaffAccount;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A manager's page for staff accounts: create, set roles, disable, enable, force a new password. */
@Controller
class StaffAccountPages {

    private final StaffAccounts accounts;

    StaffAccountPages(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record NewAccountForm(String username, String password, String mustChangePassword, String gender) {
    }

    @GetMapping("/staff/accounts")
    Mono<String> list(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done == null ? null : doneKey(done));
        return show(model, new NewAccountForm("", "", "on", ""));
    }

    @PostMapping("/staff/accounts")
    Mono<String> create(@ModelAttribute NewAccountForm form, ServerWebExchange exchange, Authentication who,
                        Model model) {
        return exchange.getFormData().flatMap(data -> Blocking.call(() -> accounts.problems(form.username(),
                form.password(), roles(data))).flatMap(problems -> {
            if (!problems.isEmpty()) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                model.addAttribute("errors", problems);
                return show(model, new NewAccountForm(form.username(), "", form.mustChangePassword(), form.gender()));
            }
            return change(exchange, model, form, () -> accounts.create(who.getName(), form.username(),
                    form.password(), roles(data), form.mustChangePassword() != null, form.gender()), "created");
        }));
    }

    @PostMapping("/staff/accounts/{username}/roles")
    Mono<String> roles(@PathVariable String username, ServerWebExchange exchange, Authentication who, Model model) {
        return exchange.getFormData().flatMap(data -> change(exchange, model, null,
                () -> accounts.setRoles(who.getName(), username, roles(data)), "roles"));
    }

    @PostMapping("/staff/accounts/{username}/disable")
    Mono<String> disable(@PathVariable String username, ServerWebExchange exchange, Authentication who,
                         Model model) {
        return change(exchange, model, null, () -> accounts.setEnabled(who.getName(), username, false), "disabled");
    }

    @PostMapping("/staff/accounts/{username}/enable")
    Mono<String> enable(@PathVariable String username, ServerWebExchange exchange, Authentication who,
                        Model model) {
        return change(exchange, model, null, () -> accounts.setEnabled(who.getName(), username, true), "enabled");
    }

    @PostMapping("/staff/accounts/{username}/force-password-change")
    Mono<String> forcePasswordChange(@PathVariable String username, ServerWebExchange exchange,
                                     Authentication who, Model model) {
        return change(exchange, model, null, () -> accounts.forcePasswordChange(who.getName(), username), "forced");
    }

    private Mono<String> change(ServerWebExchange exchange, Model model, NewAccountForm form,
                                Callable<StaffAccount> work, String done) {
        return Blocking.call(() -> {
            try {
                work.call();
                return "redirect:/staff/accounts?done=" + done;
            } catch (InvalidInputException e) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                model.addAttribute("error", e.messageKey());
                return null;
            }
        }).switchIfEmpty(Mono.defer(() -> show(model, form == null ? new NewAccountForm("", "", "on", "")
                : new NewAccountForm(form.username(), "", form.mustChangePassword(), form.gender()))));
    }

    private Mono<String> show(Model model, NewAccountForm form) {
        model.addAttribute("form", form);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("genders", Needs.GENDERS);
        return Blocking.call(() -> {
            model.addAttribute("accounts", accounts.all());
            return "staff/accounts";
        });
    }

    private static Set<Role> roles(MultiValueMap<String, String> data) {
        List<String> names = data.getOrDefault("roles", new ArrayList<>());
        return StaffApi.parseRoles(names);
    }

    private static String doneKey(String done) {
        return switch (done) {
            case "created", "roles", "disabled", "enabled", "forced" -> "staff.accounts.done." + done;
            default -> null;
        };
    }
}
