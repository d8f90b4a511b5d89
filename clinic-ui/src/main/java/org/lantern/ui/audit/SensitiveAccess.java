package org.lantern.ui.audit;

import java.time.LocalDate;
import org.lantern.application.audit.AuditEvent;
import org.lantern.application.booking.BookingView;
import org.lantern.domain.booking.SharedNames;
import org.springframework.stereotype.Component;

/**
 * Records every successful opening of a private service's day list or booking by staff, and every check-in of
 * one: who, when, and what (the date or the booking's reference, nothing personal). Blocking: call it where the
 * access itself is made, off the event loop, once it has succeeded.
 */
@Component
public class SensitiveAccess {

    private final AuditLog audit;
    private final SharedNames sharedNames;

    SensitiveAccess(AuditLog audit, SharedNames sharedNames) {
        this.sharedNames = sharedNames;
        this.audit = audit;
    }

    public void dayListOpened(String actor, String address, String service, LocalDate date) {
        if (sharedNames.isPrivate(service)) {
            audit.record(AuditEvent.Type.SENSITIVE_DAY_LIST_OPENED, actor, null, address, date.toString());
        }
    }

    public void bookingOpened(String actor, String address, BookingView booking) {
        if (sharedNames.isPrivate(booking.service())) {
            audit.record(AuditEvent.Type.SENSITIVE_BOOKING_OPENED, actor, null, address, booking.reference());
        }
    }

    public void checkedIn(String actor, String address, BookingView booking) {
        if (sharedNames.isPrivate(booking.service())) {
            audit.record(AuditEvent.Type.SENSITIVE_CHECK_IN, actor, null, address, booking.reference());
        }
    }
}
