package org.lantern.domain.session;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.booking.Holder;

/**
 * Books one place in a slot. The holder's personal fields arrive sealed and the secret as a one-way hash:
 * the domain never sees either in plain text. {@code language} is the language the booking was made in (for the
 * figures), or null.
 */
public record BookSlotCommand(@TargetAggregateIdentifier String sessionId, LocalTime slotStart, Holder holder,
                              LocalDateTime now, String language) {

    public BookSlotCommand(String sessionId, LocalTime slotStart, Holder holder, LocalDateTime now) {
        this(sessionId, slotStart, holder, now, null);
    }
}
