package org.lantern.application.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.privacy.SealedText;

/**
 * A booking as its holder may see it, whatever the service. {@code sessionId} names the aggregate that holds it. {@code secretHash} lets the web layer check a secret; it never leaves
 * the server. Personal fields ({@code pseudonym}, {@code contact}, {@code language}) are still sealed, and
 * null once erased or when none was given.
 */
public record BookingView(String reference, String sessionId, String service, LocalDate date,
                          LocalTime start, LocalTime end, BookingStatus status, String secretHash, String subjectId,
                          SealedText pseudonym, SealedText contact, SealedText language,
                          boolean remindersMayNameService, LocalDateTime bookedAt, Erasure erasure) {


    /** When and why the personal fields were erased; nothing personal. */
    public record Erasure(String reason, LocalDateTime at) {
    }

    /** Whether it holds a place or waits for one: it can still be cancelled. */
    public boolean active() {
        return status.holdsPlace();
    }

    public boolean erased() {
        return erasure != null;
    }

    /** The slot's end on the centre's wall clock; a slot that ends at midnight ends on the next day. */
    public LocalDateTime endsAt() {
        return end.isAfter(start) ? date.atTime(end) : date.plusDays(1).atTime(end);
    }

    public LocalDateTime startsAt() {
        return date.atTime(start);
    }

    @Override
    public String toString() {
        return "BookingView[" + reference + ", " + status + (erased() ? ", erased" : "") + "]";
    }
}
