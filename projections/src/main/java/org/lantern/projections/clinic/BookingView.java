package org.lantern.projections.clinic;

import java.time.LocalDate;
import java.time.LocalTime;
import org.lantern.domain.privacy.SealedText;

/**
 * A booking as its holder may see it. {@code secretHash} lets the web layer check a secret; it never leaves
 * the server. {@code pseudonym} is still sealed.
 */
public record BookingView(String reference, String sessionId, String dayId, String service, LocalDate date,
                          LocalTime start, LocalTime end, String status, String secretHash, String subjectId,
                          SealedText pseudonym) {

    public static final String BOOKED = "booked";
    public static final String CANCELLED = "cancelled";

    public boolean active() {
        return BOOKED.equals(status);
    }

    @Override
    public String toString() {
        return "BookingView[" + reference + ", " + status + "]";
    }
}
