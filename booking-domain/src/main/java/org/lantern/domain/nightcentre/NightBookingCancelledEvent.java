package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** A booking or a place on the waitlist is cancelled. */
@Revision("1")
public record NightBookingCancelledEvent(String nightId, LocalDate date, String reference, PlaceKind kind, LocalDateTime cancelledAt)
        implements NightEvent {
}
