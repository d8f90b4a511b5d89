package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.serialization.Revision;

/** A night is set up, or changed: it opens on {@code date} and closes the next morning. */
@Revision("1")
public record NightPlannedEvent(String nightId, LocalDate date, LocalTime opens, LocalTime closes, int restPlaces,
                                LocalTime releaseAt) implements NightEvent {
}
