package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.privacy.SealedText;

/**
 * Night staff checked a person out, or one child, with the name of the adult who collected it sealed under the
 * parent's key ({@code collectedBy} is null for a rest place).
 */
@Revision("1")
public record CheckedOutEvent(String nightId, LocalDate date, String reference, PlaceKind kind, Integer child,
                              AgeBand band, SealedText collectedBy, LocalDateTime at) implements NightEvent {
}
