package org.lantern.domain.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Service;

/**
 * A place in a slot is booked. Every personal field of the holder is sealed under the subject's key. Revision 2:
 * the holder may carry the person's needs and their consent (both sealed); a revision 1 event reads as one
 * without them. Revision 3: {@code bookedInLanguage}, the language of the page or API call the booking was made in,
 * for the funders' share of bookings per language: a language tag such as {@code es}, never the reminder language
 * (that one is personal and sealed); null for bookings of revisions 1 and 2, made before it was recorded.
 */
@Revision("3")
public record SlotBookedEvent(
        String sessionId,
        Service service,
        LocalDate date,
        LocalTime slotStart,
        LocalTime slotEnd,
        Holder holder,
        LocalDateTime bookedAt,
        String bookedInLanguage) implements SessionEvent {

    /** A booking whose language is not known (tests, and the form of revision 1). */
    public SlotBookedEvent(String sessionId, Service service, LocalDate date, LocalTime slotStart, LocalTime slotEnd,
                           Holder holder, LocalDateTime bookedAt) {
        this(sessionId, service, date, slotStart, slotEnd, holder, bookedAt, null);
    }

    public String reference() {
        return holder.reference();
    }
}
