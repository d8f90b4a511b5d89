package org.lantern.ui.operations;

import java.util.List;
import org.lantern.infra.axon.DeadLetters;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** A manager sees the events a projection has parked and applies them again once the cause is fixed. */
@RestController
@RequestMapping("/api/v1/dead-letters")
class DeadLetterApi {

    private final DeadLetters deadLetters;

    DeadLetterApi(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    record Retried(String processingGroup, int sequencesApplied, long eventsStillParked) {
    }

    @GetMapping
    Mono<List<DeadLetters.Parked>> parked() {
        return Blocking.call(deadLetters::parked);
    }

    @PostMapping("/{processingGroup}/retry")
    Mono<Retried> retry(@PathVariable String processingGroup) {
        return Blocking.call(() -> {
            int applied = deadLetters.retry(processingGroup)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            long left = deadLetters.parked().stream().filter(p -> p.processingGroup().equals(processingGroup))
                    .mapToLong(DeadLetters.Parked::events).sum();
            return new Retried(processingGroup, applied, left);
        });
    }
}
