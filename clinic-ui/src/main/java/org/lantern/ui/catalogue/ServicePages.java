package org.lantern.ui.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lantern.application.catalogue.Services;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.booking.ServiceKind;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.web.LanguageResolver;
import org.lantern.ui.web.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The manager's page of the service catalogue: what the centre offers, a new service, new names or roles. */
@Controller
class ServicePages {

    private final Services services;

    ServicePages(Services services) {
        this.services = services;
    }

    @GetMapping("/staff/services")
    Mono<String> page(Model model, ServerWebExchange exchange) {
        // a notice only after the change it tells of (the redirect's ?added, ?changed)
        model.addAttribute("added", exchange.getRequest().getQueryParams().containsKey("added"));
        model.addAttribute("changed", exchange.getRequest().getQueryParams().containsKey("changed"));
        return Blocking.call(() -> show(model));
    }

    @PostMapping("/staff/services")
    Mono<String> add(Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            try {
                services.add(form.getFirst("code"), names(form), form.getFirst("kind"),
                        "on".equals(form.getFirst("private")), "on".equals(form.getFirst("consent")),
                        roles(form));
                return "redirect:/staff/services?added";
            } catch (Refusal refused) {
                return refuse(refused, model, exchange, form);
            }
        }));
    }

    @PostMapping("/staff/services/{code}")
    Mono<String> change(@PathVariable String code, Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            try {
                services.change(code, names(form), roles(form));
                return "redirect:/staff/services?changed";
            } catch (Refusal refused) {
                return refuse(refused, model, exchange, form);
            }
        }));
    }

    private String refuse(Refusal refused, Model model, ServerWebExchange exchange,
                          MultiValueMap<String, String> form) {
        exchange.getResponse().setStatusCode(Problems.statusOf(refused));
        model.addAttribute("error", refused.messageKey());
        model.addAttribute("typed", form.toSingleValueMap());
        return show(model);
    }

    private String show(Model model) {
        model.addAttribute("services", services.all());
        model.addAttribute("languages", LanguageResolver.CODES);
        model.addAttribute("kinds", List.of(ServiceKind.values()).stream().map(ServiceKind::code).toList());
        model.addAttribute("roles", Services.roleNames());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "staff/services";
    }

    private static Map<String, String> names(MultiValueMap<String, String> form) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : LanguageResolver.CODES) {
            String name = form.getFirst("name-" + language);
            if (name != null) {
                names.put(language, name);
            }
        }
        return names;
    }

    private static List<String> roles(MultiValueMap<String, String> form) {
        List<String> roles = form.get("roles");
        return roles == null ? List.of() : roles;
    }
}
