package org.lantern.ui.attendance;

import java.util.Set;
import org.lantern.application.attendance.Attendance;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Refusal;
import org.lantern.ui.web.Blocking;
import org.lantern.ui.audit.SensitiveAccess;
import org.lantern.ui.security.ClientAddress;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import reactor.core.publisher.Mono;

/**
 * The day list's buttons: reception checks people in and undoes a no-show; clinicians mark seen and did not come in
 * their own sessions. Each answers with the day list again; a refusal comes back as its code, never as free text.
 */
@Controller
@RequestMapping("/staff/attendance/{reference}")
class AttendancePages {

    /** The refusals the day list can explain; anything else is shown as a general problem. */
    static final Set<String> EXPLAINED = Set.of("NOT_TODAY", "NOT_STARTED", "SESSION_ENDED", "ATTENDANCE_CONFLICT",
            "BOOKING_CANCELLED", "BOOKING_NOT_FOUND");

    private final Attendance attendance;
    private final SensitiveAccess sensitive;

    AttendancePages(Attendance attendance, SensitiveAccess sensitive) {
        this.attendance = attendance;
        this.sensitive = sensitive;
    }

    record Back(String date, String service) {
    }

    @PostMapping("/arrival")
    Mono<String> arrived(@PathVariable String reference, @ModelAttribute Back back, Authentication who,
                         ServerWebExchange exchange) {
        String address = ClientAddress.of(exchange);
        return Blocking.call(() -> act(() -> sensitive.checkedIn(who.getName(), address,
                attendance.mark(reference, BookingStatus.ARRIVED, AttendanceApi.staff(who))), back));
    }

    @PostMapping("/seen")
    Mono<String> seen(@PathVariable String reference, @ModelAttribute Back back, Authentication who) {
        return mark(reference, BookingStatus.SEEN, back, who);
    }

    @PostMapping("/no-show")
    Mono<String> noShow(@PathVariable String reference, @ModelAttribute Back back, Authentication who) {
        return mark(reference, BookingStatus.NO_SHOW, back, who);
    }

    @PostMapping("/undo-no-show")
    Mono<String> undo(@PathVariable String reference, @ModelAttribute Back back, Authentication who) {
        return Blocking.call(() -> act(() -> attendance.undoNoShow(reference, AttendanceApi.staff(who)), back));
    }

    private Mono<String> mark(String reference, BookingStatus status, Back back, Authentication who) {
        return Blocking.call(() -> act(() -> attendance.mark(reference, status, AttendanceApi.staff(who)), back));
    }

    private static String act(Runnable change, Back back) {
        String refused = null;
        try {
            change.run();
        } catch (Refusal r) {
            if (r.kind() == Refusal.Kind.FORBIDDEN) {
                throw new AccessDeniedException(r.code());
            }
            refused = EXPLAINED.contains(r.code()) ? r.code() : "problem";
        }
        String date = back.date() == null || !back.date().matches("\\d{4}-\\d{2}-\\d{2}") ? "" : back.date();
        String service = back.service() == null || !back.service().matches("[a-z-]{1,20}") ? "" : back.service();
        return "redirect:/staff/day-list?date=" + date + "&service=" + service
                + (refused == null ? "" : "&refused=" + refused);
    }
}
