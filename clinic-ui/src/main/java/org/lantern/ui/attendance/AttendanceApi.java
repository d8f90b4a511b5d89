package org.lantern.ui.attendance;

import java.time.OffsetDateTime;
import org.lantern.application.attendance.Attendance;
import org.lantern.application.attendance.StaffMember;
import org.lantern.application.booking.BookingView;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.ui.CentreTime;
import org.lantern.ui.audit.SensitiveAccess;
import org.lantern.ui.security.ClientAddress;
import org.springframework.web.server.ServerWebExchange;
import org.lantern.ui.web.Blocking;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Reception checks people in and marks no-shows; clinicians mark seen and did not come in their own sessions.
 * By reference only: staff act for the person in front of them, or for the one who did not come.
 */
@RestController
@RequestMapping("/api/v1/bookings/{reference}")
class AttendanceApi {

    private final Attendance attendance;
    private final CentreTime time;
    private final SensitiveAccess sensitive;

    AttendanceApi(Attendance attendance, CentreTime time, SensitiveAccess sensitive) {
        this.attendance = attendance;
        this.time = time;
        this.sensitive = sensitive;
    }

    /** What staff see of a booking after marking it: no service, no pseudonym. */
    record Marked(String reference, String status, OffsetDateTime start, OffsetDateTime end) {
    }

    @PostMapping("/arrival")
    Mono<Marked> arrived(@PathVariable String reference, Authentication who, ServerWebExchange exchange) {
        String address = ClientAddress.of(exchange);
        return Blocking.call(() -> {
            BookingView b = attendance.mark(reference, BookingStatus.ARRIVED, staff(who));
            sensitive.checkedIn(who.getName(), address, b);
            return toJson(b);
        });
    }

    @PostMapping("/seen")
    Mono<Marked> seen(@PathVariable String reference, Authentication who) {
        return mark(reference, BookingStatus.SEEN, who);
    }

    @PostMapping("/no-show")
    Mono<Marked> noShow(@PathVariable String reference, Authentication who) {
        return mark(reference, BookingStatus.NO_SHOW, who);
    }

    @PostMapping("/left")
    Mono<Marked> left(@PathVariable String reference, Authentication who) {
        return mark(reference, BookingStatus.LEFT, who);
    }

    @DeleteMapping("/no-show")
    Mono<Marked> undoNoShow(@PathVariable String reference, Authentication who) {
        return Blocking.call(() -> toJson(attendance.undoNoShow(reference, staff(who))));
    }

    private Mono<Marked> mark(String reference, BookingStatus status, Authentication who) {
        return Blocking.call(() -> toJson(attendance.mark(reference, status, staff(who))));
    }

    private Marked toJson(BookingView b) {
        return new Marked(b.reference(), b.status().code(), time.at(b.date(), b.start()), time.at(b.date(), b.end()));
    }

    static StaffMember staff(Authentication who) {
        boolean everySession = who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_RECEPTION")
                || a.getAuthority().equals("ROLE_MANAGER"));
        return new StaffMember(who.getName(), everySession);
    }
}
