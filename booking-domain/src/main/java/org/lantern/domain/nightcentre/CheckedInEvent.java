package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;

/** Night staff checked a person in, or one child ({@code child}: its place in the booking, from 1; null for rest). */
@Revision("1")
public record CheckedInEvent(String nightId, LocalDate date, String reference, PlaceKind kind, Integer child,
                             AgeBand band, LocalDateTime at) implements NightEvent {
}
