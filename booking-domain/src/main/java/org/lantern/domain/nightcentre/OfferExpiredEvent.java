package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** An offer's hold ran out: the person goes back to the end of the waitlist and the place passes on. */
@Revision("1")
public record OfferExpiredEvent(String nightId, LocalDate date, String reference, PlaceKind kind, LocalDateTime expiredAt)
        implements NightEvent {
}
