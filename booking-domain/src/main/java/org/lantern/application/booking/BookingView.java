package org.lantern.application.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.privacy.SealedText;

/**
 * A booking as its holder may see it, whatever the service. {@code sessionId} names the aggregate that holds it. {@code secretHash} lets the web layer check a secret; it never leaves
 * the server. Personal fields ({@code pseudonym}, {@code contact}, {@code language}, {@code needs},
 * {@code consent}) are still sealed, and null once erased or when none was given.
 */
public record BookingView(String reference, String sessionId, String service, LocalDate date,
                          LocalTime start, LocalTime end, BookingStatus status, String secretHash, String subjectId,
                          SealedText pseudonym, SealedText contact, SealedText language,
                          boolean remindersMayNameService, LocalDateTime bookedAt, Erasure erasure,
                          SealedText needs, SealedText consent, List<Disclosure> disclosures) {

    /** A booking that asked for nothing, gave no consent and was never disclosed. */
    public BookingView(String reference, String sessionId, String service, LocalDate date, LocalTime start,
                       LocalTime end, BookingStatus status, String secretHash, String subjectId, SealedText pseudonym,
                       SealedText contact, SealedText language, boolean remindersMayNameService,
                       LocalDateTime bookedAt, Erasure erasure) {
        this(reference, sessionId, service, date, start, end, status, secretHash, subjectId, pseudonym, contact,
                language, remindersMayNameService, bookedAt, erasure, null, null, List.of());
    }

    /**
     * That the centre was legally required to share something about this booking with the police: when, and on
     * which basis; never what.
     */
    public record Disclosure(LocalDateTime recordedAt, String basis) {
    }


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
