package org.lantern.domain.nightcentre;

import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.lantern.domain.booking.Holder;

/**
 * Books a rest place or childcare; when the night is full and {@code waitlist} is asked, joins the waitlist.
 * Answers the {@link org.lantern.domain.booking.BookingStatus} it ended in.
 */
public record BookNightPlaceCommand(@TargetAggregateIdentifier String nightId, PlaceKind kind, Holder holder,
                                    List<Child> children, boolean waitlist, LocalDateTime now) {
}
