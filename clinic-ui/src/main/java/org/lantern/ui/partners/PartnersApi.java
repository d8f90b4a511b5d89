package org.lantern.ui.partners;

import java.util.List;
import java.util.Map;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.partners.PartnerDirectory;
import org.lantern.application.partners.Partners;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The partner directory: anyone reads it in their language; a manager keeps it. */
@RestController
@RequestMapping("/api/v1")
class PartnersApi {

    private final Partners partners;

    PartnersApi(Partners partners) {
        this.partners = partners;
    }

    record NewPartner(String name, Map<String, String> offers, String contact, List<String> languages) {
    }

    @GetMapping("/partners")
    Mono<List<Partners.Shown>> list(ServerWebExchange exchange) {
        return Blocking.call(() -> partners.shownIn(exchange.getLocaleContext().getLocale()));
    }

    @PostMapping("/partners")
    Mono<ResponseEntity<PartnerDirectory.Partner>> add(@RequestBody NewPartner body) {
        return Blocking.call(() -> ResponseEntity.status(HttpStatus.CREATED)
                .body(partners.add(body.name(), body.offers(), body.contact(), body.languages())));
    }

    @DeleteMapping("/partners/{id}")
    Mono<ResponseEntity<Void>> remove(@PathVariable String id) {
        return Blocking.call(() -> {
            if (!partners.remove(id)) {
                throw new InvalidInputException("error.partner-not-found", Refusal.Kind.NOT_FOUND);
            }
            return ResponseEntity.noContent().build();
        });
    }
}
