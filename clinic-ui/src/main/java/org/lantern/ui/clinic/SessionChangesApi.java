package org.lantern.ui.clinic;

import org.lantern.application.clinic.SessionCancellation;
import org.lantern.ui.web.Blocking;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A manager calls a session off; the people booked are told. */
@RestController
@RequestMapping("/api/v1")
class SessionChangesApi {

    private final SessionCancellation cancellation;

    SessionChangesApi(SessionCancellation cancellation) {
        this.cancellation = cancellation;
    }

    record Cancel(String reason) {
    }

    record Cancelled(String sessionId, int bookingsCancelled, int peopleTold) {
    }

    @DeleteMapping("/sessions/{sessionId}")
    Mono<Cancelled> cancel(@PathVariable String sessionId, @RequestBody Cancel body) {
        return Blocking.call(() -> {
            SessionCancellation.Outcome outcome = cancellation.cancel(sessionId, body.reason());
            return new Cancelled(sessionId, outcome.bookingsCancelled(), outcome.peopleTold());
        });
    }
}
