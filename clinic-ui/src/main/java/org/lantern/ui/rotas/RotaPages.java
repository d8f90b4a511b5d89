package org.lantern.ui.rotas;

import org.lantern.domain.booking.ServiceCatalogue;

import java.util.List;
import org.lantern.application.clinic.Rotas;
import org.lantern.application.sites.Sites;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.CentreTime;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A manager's page for a weekly pattern: the form, and the sessions it created (or why it was refused). */
@Controller
class RotaPages {

    static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY");

    private final Rotas rotas;
    private final CentreTime time;
    private final ServiceCatalogue catalogue;
    private final Sites sites;

    RotaPages(Rotas rotas, CentreTime time, ServiceCatalogue catalogue, Sites sites) {
        this.catalogue = catalogue;
        this.sites = sites;
        this.rotas = rotas;
        this.time = time;
    }

    @GetMapping("/staff/rotas")
    Mono<String> form(Model model, ServerWebExchange exchange) {
        return Blocking.call(() -> page(model, exchange, new RotaApi.NewRota(catalogue.all().get(0).code(),
                Sites.FIRST_SITE, List.of("MONDAY"), "10:00", "13:00", 30, 2, "", time.today().plusDays(1).toString(),
                4)));
    }

    @PostMapping("/staff/rotas")
    Mono<String> create(Model model, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            RotaApi.NewRota asked = asked(form);
            return Blocking.call(() -> {
                try {
                    Rotas.Outcome outcome = rotas.create(RotaApi.pattern(asked));
                    model.addAttribute("created", outcome.created());
                    model.addAttribute("skipped", outcome.skipped());
                } catch (Refusal refused) {
                    exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
                    model.addAttribute("error", refused.messageKey());
                }
                return page(model, exchange, asked);
            });
        });
    }

    private String page(Model model, ServerWebExchange exchange, RotaApi.NewRota form) {
        model.addAttribute("form", form);
        model.addAttribute("sites", sites.bookableIn(exchange.getLocaleContext().getLocale()));
        model.addAttribute("services", catalogue.all());
        model.addAttribute("weekdays", WEEKDAYS);
        return "staff/rotas";
    }

    private static RotaApi.NewRota asked(MultiValueMap<String, String> form) {
        return new RotaApi.NewRota(form.getFirst("service"), form.getFirst("site"),
                form.getOrDefault("weekdays", List.of()), form.getFirst("start"), form.getFirst("end"),
                number(form.getFirst("slotMinutes")), number(form.getFirst("placesPerSlot")), form.getFirst("staff"),
                form.getFirst("from"), number(form.getFirst("weeks")));
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
