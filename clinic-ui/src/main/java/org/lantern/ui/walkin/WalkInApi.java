package org.lantern.ui.walkin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lantern.application.walkin.NewTicket;
import org.lantern.application.walkin.Placed;
import org.lantern.application.walkin.QueueEntry;
import org.lantern.application.walkin.WalkIns;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Reception's walk-in queue on the API (RECEPTION, MANAGER). Nothing here names a person but by call number. */
@RestController
@RequestMapping("/api/v1")
class WalkInApi {

    private final WalkIns walkIns;

    WalkInApi(WalkIns walkIns) {
        this.walkIns = walkIns;
    }

    record NewWalkIn(String service, String priority, String reason, String pseudonym) {
    }

    record Added(String ticketId, String callNumber, String code, int position, long estimatedWaitMinutes) {
    }

    record PriorityChange(String priority, String reason) {
    }

    record Room(String room, String clinician) {
    }

    @PostMapping("/walk-ins")
    Mono<ResponseEntity<Added>> add(@RequestBody NewWalkIn body) {
        return Blocking.call(() -> {
            NewTicket ticket = walkIns.add(body.service(), body.priority(), body.reason(), body.pseudonym());
            Placed p = ticket.placed();
            return ResponseEntity.status(HttpStatus.CREATED).body(new Added(p.entry().ticketId(),
                    p.entry().callNumber(), ticket.code(), p.position(), p.estimatedWaitMinutes()));
        });
    }

    @GetMapping("/queue")
    Mono<List<Map<String, Object>>> queue(@RequestParam String service) {
        return Blocking.call(() -> walkIns.queue(service).stream().map(WalkInApi::toJson).toList());
    }

    @PostMapping("/queue/next")
    Mono<Map<String, Object>> next(@RequestParam String service, @RequestBody Room body) {
        return Blocking.call(() -> toJson(walkIns.callNext(service, body.room(), body.clinician())));
    }

    @PostMapping("/walk-ins/{ticketId}/priority")
    Mono<Map<String, Object>> priority(@PathVariable String ticketId, @RequestBody PriorityChange body) {
        return Blocking.call(() -> toJson(walkIns.changePriority(ticketId, body.priority(), body.reason())));
    }

    @PostMapping("/walk-ins/{ticketId}/call")
    Mono<Map<String, Object>> call(@PathVariable String ticketId, @RequestBody Room body) {
        return Blocking.call(() -> toJson(walkIns.call(ticketId, body.room(), body.clinician())));
    }

    @PostMapping("/walk-ins/{ticketId}/return")
    Mono<Map<String, Object>> giveBack(@PathVariable String ticketId) {
        return Blocking.call(() -> toJson(walkIns.returnToQueue(ticketId)));
    }

    @PostMapping("/walk-ins/{ticketId}/seen")
    Mono<Map<String, Object>> seen(@PathVariable String ticketId) {
        return Blocking.call(() -> toJson(walkIns.seen(ticketId)));
    }

    @PostMapping("/walk-ins/{ticketId}/left")
    Mono<Map<String, Object>> left(@PathVariable String ticketId) {
        return Blocking.call(() -> toJson(walkIns.left(ticketId)));
    }

    /** One place for reception: a ticket by id, a booking by reference; never a pseudonym or a reason. */
    static Map<String, Object> toJson(Placed p) {
        QueueEntry e = p.entry();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(e.booking() ? "reference" : "ticketId", e.ticketId());
        json.put("kind", e.booking() ? "booking" : "walk-in");
        json.put("callNumber", e.callNumber());
        if (e.priority() != null) {
            json.put("priority", e.priority().code());
        }
        json.put("status", e.status().code());
        if (e.room() != null) {
            json.put("room", e.room());
        }
        json.put("position", p.position());
        json.put("waitedMinutes", p.waitedMinutes());
        json.put("estimatedWaitMinutes", p.estimatedWaitMinutes());
        return json;
    }
}
