package org.lantern.application.reception;

import java.time.LocalDate;
import java.time.LocalTime;
import org.lantern.domain.booking.BookingStatus;

/**
 * A booking as reception sees it at the desk. A police-clinic booking (or one of a service reception does not
 * run, such as the night centre) is a private appointment: no service and no pseudonym.
 *
 * @param service   the service's code, or {@code "private"}
 * @param pseudonym the name the person booked under, to greet them; null when private or erased
 */
public record DeskBooking(String reference, String service, LocalDate date, LocalTime start, BookingStatus status,
                          String pseudonym) {

    public static final String PRIVATE = org.lantern.domain.booking.SharedNames.PRIVATE;

    /** Whether the desk offers to cancel it: it holds or waits for a place and nobody has come for it yet. */
    public boolean cancellable() {
        return status == BookingStatus.BOOKED || status == BookingStatus.WAITLISTED || status == BookingStatus.OFFERED;
    }

    @Override
    public String toString() {
        return "DeskBooking[" + reference + ", " + status + "]";
    }
}
