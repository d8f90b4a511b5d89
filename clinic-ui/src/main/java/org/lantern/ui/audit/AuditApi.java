package org.lantern.ui.audit;

import org.lantern.application.audit.AuditEvent;

import java.util.List;
import org.lantern.ui.web.Blocking;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The audit events as JSON for a manager: newest first; page on with ?before= the last one's time;
 * ?sensitive=true for access to police-clinic bookings and disclosures only.
 */
@RestController
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    Mono<List<AuditEvent>> recent(@RequestParam(defaultValue = "100") int limit,
                                  @RequestParam(required = false) String before,
                                  @RequestParam(defaultValue = "false") boolean sensitive) {
        return Blocking.call(() -> sensitive ? audit.recentSensitive(limit, AuditPages.parse(before))
                : audit.recent(limit, AuditPages.parse(before)));
    }
}
