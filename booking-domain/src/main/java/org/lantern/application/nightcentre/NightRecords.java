package org.lantern.application.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.lantern.application.booking.BookingView;

/** Port: the read side's nights and night bookings. */
public interface NightRecords {

    Optional<NightView> night(LocalDate date);

    List<NightView> nights(LocalDate from, LocalDate to);

    Optional<NightBookingView> nightBooking(String reference);

    /** Every booking and waitlist place of a night, in the order they were made. */
    List<NightBookingView> bookings(String nightId);

    /** Night bookings not yet erased whose night closed by {@code endedBy}: due for the retention job. */
    List<BookingView> dueForErasure(LocalDateTime endedBy);

    /** Nights with an offer whose hold has run out by {@code now}. */
    List<String> nightsWithExpiredOffers(LocalDateTime now);

    /** Nights past their release time and not yet closed that still have a rest place booked and not checked in. */
    List<String> nightsToRelease(LocalDateTime now);
}
