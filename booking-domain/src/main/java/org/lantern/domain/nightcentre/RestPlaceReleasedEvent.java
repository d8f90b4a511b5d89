package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** A booked rest place not checked in by the release time is released for others. */
@Revision("1")
public record RestPlaceReleasedEvent(String nightId, LocalDate date, String reference, PlaceKind kind, LocalDateTime releasedAt)
        implements NightEvent {
}
