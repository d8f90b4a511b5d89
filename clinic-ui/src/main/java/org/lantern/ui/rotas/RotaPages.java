package org.lantern.ui.rotas;

import org.lantern.domain.booking.ServiceCatalogue;

import java.util.List;
import org.lantern.application.clinic.RotaChanges;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A manager's page for weekly patterns: the form, the sessions it created (or why it was refused), and the kept
 * patterns with their sessions to come, each with a change and a cancellation from a date ({@link RotaChangePages}).
 */
@Controller
class RotaPages {

    static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY");

    private final Rotas rotas;
    private final RotaChanges changes;
    private final CentreTime time;
    private final ServiceCatalogue catalogue;
    private final Sites sites;

    RotaPages(Rotas rotas, RotaChanges changes, CentreTime time, ServiceCatalogue catalogue, Sites sites) {
        this.catalogue = catalogue;
        this.sites = sites;
        this.rotas = rotas;
        this.changes = changes;
        this.time = time;
    }

    /** The form, the kept patterns, and what the last change or cancellation did (read from the redirect). */
    @GetMapping("/staff/rotas")
    Mono<String> form(Model model, @RequestParam MultiValueMap<String, String> query, ServerWebExchange exchange) {
        Done.read(query).ifPresent(done -> model.addAttribute("done", done));
        String refused = query.getFirst("refused");
        if (refused != null && refused.matches("(refused|error)\\.[A-Za-z_-]{1,40}")) {
            model.addAttribute("error", refused);
        }
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
        String tomorrow = time.today().plusDays(1).toString();
        model.addAttribute("rotas", changes.list().stream().map(r -> new Shown(r, new RotaChangesApi.ChangeFrom(
                tomorrow, r.pattern().weekdays(), r.pattern().start().toString(), r.pattern().end().toString(),
                r.pattern().slotMinutes(), r.pattern().placesPerSlot(), r.pattern().staff(), r.pattern().weeks(),
                ""))).toList());
        model.addAttribute("tomorrow", tomorrow);
        model.addAttribute("services", catalogue.all());
        model.addAttribute("weekdays", WEEKDAYS);
        return "staff/rotas";
    }

    /** A kept pattern, and its change form filled in with its shape now, from tomorrow. */
    record Shown(RotaChanges.Listed rota, RotaChangesApi.ChangeFrom change) {
    }

    /** What a change or cancellation did, carried through the redirect as counts only. */
    record Done(String what, int sessions, int kept, int moved, int created, int skipped, int bookings, int told) {

        static java.util.Optional<Done> read(MultiValueMap<String, String> query) {
            String what = query.getFirst("done");
            if (!"cancelled".equals(what) && !"changed".equals(what)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Done(what, count(query, "sessions"), count(query, "kept"),
                    count(query, "moved"), count(query, "created"), count(query, "skipped"), count(query, "bookings"),
                    count(query, "told")));
        }

        private static int count(MultiValueMap<String, String> query, String name) {
            Integer n = number(query.getFirst(name));
            return n == null || n < 0 ? 0 : n;
        }
    }

    private static RotaApi.NewRota asked(MultiValueMap<String, String> form) {
        return new RotaApi.NewRota(form.getFirst("service"), form.getFirst("site"),
                form.getOrDefault("weekdays", List.of()), form.getFirst("start"), form.getFirst("end"),
                number(form.getFirst("slotMinutes")), number(form.getFirst("placesPerSlot")), form.getFirst("staff"),
                form.getFirst("from"), number(form.getFirst("weeks")));
    }

    static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
