package org.lantern.ui.sites;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lantern.application.sites.SiteDraft;
import org.lantern.application.sites.Sites;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.web.LanguageResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The public page of the centre's sites (address, opening hours, the van's stops of the coming week) in the person's
 * language, and the manager's page that keeps them: one form adds a site, or changes the one of that code.
 */
@Controller
class SitePages {

    private final Sites sites;

    SitePages(Sites sites) {
        this.sites = sites;
    }

    @GetMapping("/sites")
    Mono<String> publicPage(Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            model.addAttribute("sites", sites.shownIn(exchange.getLocaleContext().getLocale()));
            return "sites";
        });
    }

    @GetMapping("/staff/sites")
    Mono<String> staffPage(@RequestParam(required = false) String edit, Model model, ServerWebExchange exchange) {
        // a notice only after the change it tells of (the redirect's ?added, ?changed, ?removed)
        var asked = exchange.getRequest().getQueryParams();
        model.addAttribute("added", asked.containsKey("added"));
        model.addAttribute("changed", asked.containsKey("changed"));
        model.addAttribute("removed", asked.containsKey("removed"));
        return Blocking.call(() -> {
            model.addAttribute("form", sites.find(edit).map(SiteForm::of).orElse(SiteForm.EMPTY));
            return list(model, exchange);
        });
    }

    @PostMapping("/staff/sites")
    Mono<String> keep(Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> Blocking.call(() -> {
            SiteForm typed = SiteForm.of(form);
            try {
                SiteDraft draft = typed.draft();
                boolean known = sites.find(draft.code() == null ? null : draft.code().strip()).isPresent();
                if (known) {
                    sites.change(draft.code().strip(), draft);
                } else {
                    sites.add(draft);
                }
                return "redirect:/staff/sites?" + (known ? "changed" : "added");
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(refused.kind() == Refusal.Kind.CONFLICT ? HttpStatus.CONFLICT
                        : HttpStatus.BAD_REQUEST);
                model.addAttribute("error", refused.messageKey());
                model.addAttribute("form", typed);
                return list(model, exchange);
            }
        }));
    }

    @PostMapping("/staff/sites/{code}/remove")
    Mono<String> remove(@PathVariable String code, Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> {
            try {
                sites.remove(code);
                return "redirect:/staff/sites?removed";
            } catch (Refusal refused) {
                exchange.getResponse().setStatusCode(refused.kind() == Refusal.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND
                        : HttpStatus.CONFLICT);
                model.addAttribute("error", refused.messageKey());
                model.addAttribute("form", SiteForm.EMPTY);
                return list(model, exchange);
            }
        });
    }

    private String list(Model model, ServerWebExchange exchange) {
        model.addAttribute("sites", sites.shownIn(exchange.getLocaleContext().getLocale()));
        model.addAttribute("languages", LanguageResolver.CODES);
        model.addAttribute("kinds", Sites.KINDS);
        return "staff/sites";
    }

    static Map<String, String> names(MultiValueMap<String, String> form) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : LanguageResolver.CODES) {
            String name = form.getFirst("name-" + language);
            if (name != null && !name.isBlank()) {
                names.put(language, name);
            }
        }
        return names;
    }
}
