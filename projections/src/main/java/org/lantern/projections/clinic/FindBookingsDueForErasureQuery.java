package org.lantern.projections.clinic;

import java.time.LocalDateTime;

/** Bookings whose personal data is not yet erased and whose slot ended at or before {@code endedBy}. */
public record FindBookingsDueForErasureQuery(LocalDateTime endedBy) {
}
