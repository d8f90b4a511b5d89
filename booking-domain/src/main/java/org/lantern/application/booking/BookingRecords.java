package org.lantern.application.booking;

import java.util.List;
import java.util.Optional;

/** Port: the read side's bookings, by reference (a look-up by unique key, cheap on every store). */
public interface BookingRecords {

    Optional<BookingView> booking(String reference);

    /**
     * Every service's bookings as one: each read model keeps its own, and a reference is unique across all of
     * them (one claim per reference), so the first that knows it answers.
     */
    static BookingRecords firstOf(List<BookingRecords> models) {
        List<BookingRecords> all = List.copyOf(models);
        return reference -> all.stream().map(m -> m.booking(reference)).flatMap(Optional::stream).findFirst();
    }
}
