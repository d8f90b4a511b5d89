package org.lantern.projections.clinic;

import java.time.LocalDate;
import java.time.LocalTime;

public record SlotAvailability(String sessionId, String service, LocalDate date, LocalTime start, LocalTime end,
                               int free) {
}
