package org.lantern.domain.walkin;

import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * Who is called next, written once for the queue and its read model (docs/architecture.md, "The walk-in queue"):
 * first a checked-in booking whose time has come (by its time), then urgent walk-ins, then soon, then routine
 * (each by arrival), then checked-in bookings whose time has not come yet (by their time). A ticket returned to
 * the queue keeps its arrival, so it goes back to its old place.
 */
public final class CallingOrder {

    private CallingOrder() {
    }

    /** One waiting place: a walk-in has a priority, a booking a slot time. */
    public record Place(String id, Priority priority, LocalTime slotStart, long arrival) {

        boolean booking() {
            return slotStart != null;
        }
    }

    public static <T> List<T> sort(List<T> waiting, java.util.function.Function<T, Place> place, LocalTime now) {
        Comparator<T> order = Comparator.<T>comparingInt(t -> group(place.apply(t), now))
                .thenComparing(t -> place.apply(t).booking() ? place.apply(t).slotStart() : LocalTime.MIN)
                .thenComparingLong(t -> place.apply(t).arrival());
        return waiting.stream().sorted(order).toList();
    }

    private static int group(Place place, LocalTime now) {
        if (place.booking()) {
            return place.slotStart().isAfter(now) ? 4 : 0;
        }
        return switch (place.priority()) {
            case URGENT -> 1;
            case SOON -> 2;
            case ROUTINE -> 3;
        };
    }
}
