package org.lantern.ui.dropin;

import org.lantern.application.dropin.DropInVisits;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Reception counts a plain visit (a coffee, a shower, a chat): a reason, nothing about the person. */
@RestController
@RequestMapping("/api/v1")
class DropInApi {

    private final DropInVisits visits;

    DropInApi(DropInVisits visits) {
        this.visits = visits;
    }

    record Visit(String reason) {
    }

    @PostMapping("/drop-in-visits")
    Mono<ResponseEntity<DropInVisits.Counted>> count(@RequestBody Visit body) {
        return Blocking.call(() -> ResponseEntity.status(HttpStatus.CREATED).body(visits.count(body.reason())));
    }
}
