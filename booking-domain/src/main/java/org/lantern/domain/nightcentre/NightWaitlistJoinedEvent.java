package org.lantern.domain.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Holder;

/** The night was full and the person asked to wait: they join the end of its waitlist. */
@Revision("1")
public record NightWaitlistJoinedEvent(String nightId, LocalDate date, LocalTime opens, LocalTime closes,
                                       PlaceKind kind, Holder holder, List<Child> children, LocalDateTime joinedAt)
        implements NightEvent {

    public String reference() {
        return holder.reference();
    }
}
