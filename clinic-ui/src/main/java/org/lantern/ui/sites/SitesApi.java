package org.lantern.ui.sites;

import java.util.List;
import org.lantern.application.sites.SiteDirectory;
import org.lantern.application.sites.SiteDraft;
import org.lantern.application.sites.Sites;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The site directory: anyone reads it in their language; a manager keeps it. */
@RestController
@RequestMapping("/api/v1")
class SitesApi {

    private final Sites sites;

    SitesApi(Sites sites) {
        this.sites = sites;
    }

    @GetMapping("/sites")
    Mono<List<Sites.Shown>> list(ServerWebExchange exchange) {
        return Blocking.call(() -> sites.shownIn(exchange.getLocaleContext().getLocale()));
    }

    @PostMapping("/sites")
    Mono<ResponseEntity<SiteDirectory.Site>> add(@RequestBody SiteDraft body) {
        return Blocking.call(() -> ResponseEntity.status(HttpStatus.CREATED).body(sites.add(body)));
    }

    @PutMapping("/sites/{code}")
    Mono<SiteDirectory.Site> change(@PathVariable String code, @RequestBody SiteDraft body) {
        return Blocking.call(() -> sites.change(code, body));
    }

    @DeleteMapping("/sites/{code}")
    Mono<ResponseEntity<Void>> remove(@PathVariable String code) {
        return Blocking.call(() -> {
            sites.remove(code);
            return ResponseEntity.noContent().build();
        });
    }
}
