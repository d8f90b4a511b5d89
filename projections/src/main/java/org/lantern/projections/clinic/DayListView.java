package org.lantern.projections.clinic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A clinician's day: each session's slots in time order with who is booked. */
public record DayListView(LocalDate date, String service, List<Session> sessions) {

    public record Session(String sessionId, LocalTime start, LocalTime end, String clinician, List<Slot> slots) {
    }

    public record Slot(LocalTime start, LocalTime end, int places, List<Entry> bookings) {
    }

    /** {@code pseudonym} is null once the person's data has been erased. */
    public record Entry(String reference, String pseudonym, String status) {

        public boolean erased() {
            return pseudonym == null;
        }
    }
}
