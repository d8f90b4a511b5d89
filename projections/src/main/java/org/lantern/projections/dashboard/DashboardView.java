package org.lantern.projections.dashboard;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Reception's summary of a day: counts, and what to arrange before people arrive; no names. */
public record DashboardView(LocalDate date, List<Line> sessions) {

    /**
     * {@code service} is the service code, or "private" for a service that must not show on shared screens
     * ({@link org.lantern.domain.booking.SharedNames}). {@code arrangements}: bookings that asked for an interpreter
     * or access needs, by slot.
     */
    public record Line(String sessionId, String service, LocalTime start, LocalTime end, int booked, int free,
                       List<Arrangement> arrangements) {

        public Line(String sessionId, String service, LocalTime start, LocalTime end, int booked, int free) {
            this(sessionId, service, start, end, booked, free, List.of());
        }
    }

    /** An interpreter or access needs to arrange for one booking of a slot (opened; absent once erased). */
    public record Arrangement(LocalTime slotStart, String interpreter, List<String> accessTicks, String access) {

        @Override
        public String toString() {
            return "Arrangement[" + slotStart + "]";
        }
    }

    public static final String PRIVATE = org.lantern.domain.booking.SharedNames.PRIVATE;

    public int booked() {
        return sessions.stream().mapToInt(Line::booked).sum();
    }

    public int free() {
        return sessions.stream().mapToInt(Line::free).sum();
    }
}
