package org.lantern.application.clinic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A place held in {@code toSessionId} for a booking moving there from {@code fromSessionId} (step 1 of a move
 * across sessions), whose old place has not been given up yet.
 */
public record HeldMove(String reference, String fromSessionId, String toSessionId, LocalDate toDate,
                       LocalTime slotStart, LocalTime slotEnd, LocalDateTime heldAt) {
}
