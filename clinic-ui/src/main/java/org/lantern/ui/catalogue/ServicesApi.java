package org.lantern.ui.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.lantern.application.catalogue.Services;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The service catalogue: anyone lists the public services in their language; a manager adds and changes them. */
@RestController
@RequestMapping("/api/v1")
class ServicesApi {

    private final Services services;

    ServicesApi(Services services) {
        this.services = services;
    }

    record NewService(String code, Map<String, String> names, String kind,
                      @JsonProperty("private") Boolean isPrivate, Boolean consent, List<String> roles) {
    }

    record ChangedService(Map<String, String> names, List<String> roles) {
    }

    /** A service as a manager sees it: everything the catalogue holds. */
    record Entry(String code, int number, Map<String, String> names, String kind,
                 @JsonProperty("private") boolean isPrivate, boolean consent,
                 List<String> roles) {

        static Entry of(CatalogueEntry e) {
            return new Entry(e.code(), e.number(), e.names(), e.kind().code(), e.isPrivate(), e.asksConsent(),
                    List.copyOf(new TreeSet<>(e.roles())));
        }
    }

    @GetMapping("/services")
    Mono<List<Services.Shown>> list(ServerWebExchange exchange) {
        return Blocking.call(() -> services.publicIn(exchange.getLocaleContext().getLocale()));
    }

    @PostMapping("/services")
    Mono<ResponseEntity<Entry>> add(@RequestBody NewService body) {
        return Blocking.call(() -> ResponseEntity.status(HttpStatus.CREATED).body(Entry.of(services.add(body.code(),
                body.names(), body.kind(), body.isPrivate(), body.consent(), body.roles()))));
    }

    @PutMapping("/services/{code}")
    Mono<Entry> change(@PathVariable String code, @RequestBody ChangedService body) {
        return Blocking.call(() -> Entry.of(services.change(code, body.names(), body.roles())));
    }
}
