package org.lantern.ui.partners;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lantern.application.partners.Partners;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The public page of partner services, in the person's language, and the manager's page that keeps the list. */
@Controller
class PartnerPages {

    private final Partners partners;

    PartnerPages(Partners partners) {
        this.partners = partners;
    }

    @GetMapping("/partners")
    Mono<String> publicPage(Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            model.addAttribute("partners", partners.shownIn(exchange.getLocaleContext().getLocale()));
            return "partners";
        });
    }

    @GetMapping("/staff/partners")
    Mono<String> staffPage(Model model, ServerWebExchange exchange) {
        // a notice only after the change it tells of (the redirect's ?added)
        model.addAttribute("added", exchange.getRequest().getQueryParams().containsKey("added"));
        return Blocking.call(() -> list(model, exchange));
    }

    @PostMapping("/staff/partners")
    Mono<String> add(Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            Map<String, String> offers = new LinkedHashMap<>();
            for (String language : partners.languages()) {
                offers.put(language, form.getFirst("offer-" + language));
            }
            String languages = form.getFirst("languages");
            try {
                partners.add(form.getFirst("name"), offers, form.getFirst("contact"), languages == null ? List.of()
                        : Arrays.asList(languages.split("[,\\s]+")));
                return "redirect:/staff/partners?added";
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                model.addAttribute("error", refused.messageKey());
                return list(model, exchange);
            }
        }));
    }

    @PostMapping("/staff/partners/{id}/remove")
    Mono<String> remove(@PathVariable String id) {
        return Blocking.call(() -> {
            partners.remove(id);
            return "redirect:/staff/partners";
        });
    }

    private String list(Model model, ServerWebExchange exchange) {
        model.addAttribute("partners", partners.shownIn(exchange.getLocaleContext().getLocale()));
        return "staff/partners";
    }
}
