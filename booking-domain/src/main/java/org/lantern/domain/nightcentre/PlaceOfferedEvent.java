package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** A place freed and the first on the waitlist it fits is offered it, held until {@code expiresAt}. */
@Revision("1")
public record PlaceOfferedEvent(String nightId, LocalDate date, String reference, PlaceKind kind, LocalDateTime offeredAt, LocalDateTime expiresAt)
        implements NightEvent {
}
