package org.lantern.application.clinic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.lantern.application.booking.BookedItem;
import org.lantern.domain.booking.Service;

/** One place in one slot: what a slot booking's receipt says. */
public record SlotItem(String sessionId, Service service, LocalDate date, LocalTime start, LocalTime end)
        implements BookedItem {

    @Override
    public String serviceCode() {
        return service.code();
    }

    @Override
    public LocalDateTime startsAt() {
        return date.atTime(start);
    }
}
