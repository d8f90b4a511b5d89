package org.lantern.ui.clinic;

import java.time.LocalDate;
import java.time.LocalTime;
import org.lantern.application.clinic.SessionCancellation;
import org.lantern.application.clinic.SessionMove;
import org.springframework.web.bind.annotation.PostMapping;
import org.lantern.ui.web.Blocking;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A manager calls a session off, or moves it; the people booked are told. */
@RestController
@RequestMapping("/api/v1")
class SessionChangesApi {

    private final SessionCancellation cancellation;
    private final SessionMove moves;

    SessionChangesApi(SessionCancellation cancellation, SessionMove moves) {
        this.cancellation = cancellation;
        this.moves = moves;
    }

    record Move(String date, String start, String reason) {
    }

    record Moved(String sessionId, String movedTo, int bookingsMoved, int bookingsCancelled, int peopleTold) {
    }

    /** The centre moves a session to another date or time; its bookings follow and the people booked are told. */
    @PostMapping("/sessions/{sessionId}/move")
    Mono<Moved> move(@PathVariable String sessionId, @RequestBody Move body) {
        LocalDate date = parse(() -> LocalDate.parse(body.date()), "error.date");
        LocalTime start = parse(() -> LocalTime.parse(body.start()), "error.time");
        return Blocking.call(() -> {
            SessionMove.Outcome outcome = moves.move(sessionId, date, start, body.reason());
            return new Moved(sessionId, outcome.movedTo(), outcome.bookingsMoved(), outcome.bookingsCancelled(),
                    outcome.peopleTold());
        });
    }

    static <T> T parse(java.util.function.Supplier<T> parser, String key) {
        try {
            return parser.get();
        } catch (java.time.format.DateTimeParseException | NullPointerException e) {
            throw new org.lantern.application.booking.InvalidInputException(key);
        }
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
