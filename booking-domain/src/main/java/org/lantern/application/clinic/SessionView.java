package org.lantern.application.clinic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

public record SessionView(String sessionId, String service, LocalDate date, LocalTime start,
                          LocalTime end, int slotMinutes, int placesPerSlot, String clinician) {

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
