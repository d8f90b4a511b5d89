package org.lantern.ui.audit;

import org.lantern.ui.CentreTime;
import org.lantern.application.audit.AuditEvent;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.lantern.ui.web.Blocking;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** A manager reviews sign-ins, refusals and account changes, newest first, a page at a time. */
@Controller
class AuditPages {

    static final int PAGE = 50;
    private final AuditLog audit;
    private final CentreTime time;

    AuditPages(AuditLog audit, CentreTime time) {
        this.audit = audit;
        this.time = time;
    }

    @GetMapping("/staff/audit")
    Mono<String> page(@RequestParam(required = false) String before,
                      @RequestParam(defaultValue = "false") boolean sensitive, Model model) {
        return Blocking.call(() -> {
            List<AuditEvent> events = sensitive ? audit.recentSensitive(PAGE, parse(before))
                    : audit.recent(PAGE, parse(before));
            model.addAttribute("events", events);
            // the centre's wall clock, as on every other page
            model.addAttribute("zone", time.zone());
            model.addAttribute("sensitive", sensitive);
            model.addAttribute("older", events.size() == PAGE ? events.get(PAGE - 1).at().toString() : null);
            return "staff/audit";
        });
    }

    static Instant parse(String before) {
        try {
            return before == null || before.isBlank() ? null : Instant.parse(before);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
