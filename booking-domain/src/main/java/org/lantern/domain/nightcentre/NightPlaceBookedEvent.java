package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Holder;

/**
 * A rest place, or childcare for the children listed, is booked for a night. Every personal field (the holder's,
 * the children's names) is sealed under the holder's key; {@code children} is empty for a rest place.
 */
@Revision("1")
public record NightPlaceBookedEvent(String nightId, LocalDate date, LocalTime opens, LocalTime closes,
                                    PlaceKind kind, Holder holder, List<Child> children, LocalDateTime bookedAt)
        implements NightEvent {

    public String reference() {
        return holder.reference();
    }
}
