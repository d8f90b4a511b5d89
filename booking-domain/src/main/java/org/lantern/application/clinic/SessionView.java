package org.lantern.application.clinic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A session as the read side keeps it; {@code site} is a code of the site directory. */
public record SessionView(String sessionId, String service, LocalDate date, LocalTime start,
                          LocalTime end, int slotMinutes, int placesPerSlot, String clinician, String site) {

    /** A session at the drop-in. */
    public SessionView(String sessionId, String service, LocalDate date, LocalTime start, LocalTime end,
                       int slotMinutes, int placesPerSlot, String clinician) {
        this(sessionId, service, date, start, end, slotMinutes, placesPerSlot, clinician,
                org.lantern.domain.session.SessionScheduledEvent.FIRST_SITE);
    }

    public List<LocalTime> slotStarts() {
        List<LocalTime> starts = new ArrayList<>();
        for (LocalTime t = start; t.isBefore(end); t = t.plusMinutes(slotMinutes)) {
            starts.add(t);
            if (t.plusMinutes(slotMinutes).isBefore(t)) {
                break; // a session that ends at midnight
            }
        }
        return starts;
    }

    public int capacity() {
        return slotStarts().size() * placesPerSlot;
    }
}
