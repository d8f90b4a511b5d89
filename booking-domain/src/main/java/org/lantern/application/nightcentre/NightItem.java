package org.lantern.application.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.lantern.application.booking.BookedItem;
import org.lantern.domain.nightcentre.PlaceKind;

/** A rest place or childcare on one night: what a night booking's receipt says. */
public record NightItem(String nightId, PlaceKind kind, LocalDate date, LocalTime opens, LocalTime closes)
        implements BookedItem {

    @Override
    public String serviceCode() {
        return kind.serviceCode();
    }

    /** The caps count a night booking until the night opens. */
    @Override
    public LocalDateTime startsAt() {
        return date.atTime(opens);
    }
}
