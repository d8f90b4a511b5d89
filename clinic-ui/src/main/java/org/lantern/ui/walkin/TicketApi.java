package org.lantern.ui.walkin;

import java.util.List;
import org.lantern.application.walkin.QueueEntry;
import org.lantern.application.walkin.WalkIns;
import org.lantern.domain.walkin.QueueRefusal;
import org.lantern.ui.web.Blocking;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What anyone may see without signing in: one's own ticket by its code, and the waiting-room screen. Neither names
 * a person or a service.
 */
@RestController
@RequestMapping("/api/v1")
class TicketApi {

    private final WalkIns walkIns;

    TicketApi(WalkIns walkIns) {
        this.walkIns = walkIns;
    }

    /** {@code room} only once called. */
    record Ticket(String callNumber, int position, long estimatedWaitMinutes, String status, String room) {
    }

    record Called(String callNumber, String room) {
    }

    @GetMapping("/tickets/{code}")
    Mono<Ticket> ticket(@PathVariable String code) {
        return Blocking.call(() -> walkIns.ticket(code).map(p -> new Ticket(p.entry().callNumber(), p.position(),
                        p.estimatedWaitMinutes(), p.entry().status().code(), p.entry().room()))
                .orElseThrow(() -> new QueueRefusal(QueueRefusal.Reason.TICKET_NOT_FOUND)));
    }

    @GetMapping("/waiting-room")
    Mono<List<Called>> waitingRoom() {
        return Blocking.call(() -> walkIns.calledNow().stream()
                .sorted(java.util.Comparator.comparing(QueueEntry::calledAt).reversed())
                .map(e -> new Called(e.callNumber(), e.room())).toList());
    }
}
