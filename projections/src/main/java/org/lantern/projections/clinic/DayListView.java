package org.lantern.projections.clinic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.lantern.domain.booking.Needs;

/** A clinician's day: each session's slots in time order with who is booked. */
public record DayListView(LocalDate date, String service, List<Session> sessions) {

    public record Session(String sessionId, LocalTime start, LocalTime end, String clinician, List<Slot> slots) {
    }

    public record Slot(LocalTime start, LocalTime end, int places, List<Entry> bookings) {
    }

    /**
     * {@code pseudonym} is null once the person's data has been erased; {@code needs} is what the person asked for
     * (opened), {@link Needs#NONE} when nothing or once erased.
     */
    public record Entry(String reference, String pseudonym, String status, Needs needs) {

        public Entry(String reference, String pseudonym, String status) {
            this(reference, pseudonym, status, Needs.NONE);
        }

        public boolean erased() {
            return pseudonym == null;
        }
    }
}
