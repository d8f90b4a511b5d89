package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** An offer was accepted within its hold: the place is booked. */
@Revision("1")
public record OfferAcceptedEvent(String nightId, LocalDate date, String reference, PlaceKind kind, LocalDateTime acceptedAt)
        implements NightEvent {
}
