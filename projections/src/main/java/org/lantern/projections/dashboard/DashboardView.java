package org.lantern.projections.dashboard;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Reception's summary of a day: counts only, no names. */
public record DashboardView(LocalDate date, List<Line> sessions) {

    /** {@code service} is the service code, or "private" for a service that must not show on shared screens. */
    public record Line(String sessionId, String service, LocalTime start, LocalTime end, int booked, int free) {
    }

    public static final String PRIVATE = "private";

    public int booked() {
        return sessions.stream().mapToInt(Line::booked).sum();
    }

    public int free() {
        return sessions.stream().mapToInt(Line::free).sum();
    }
}
