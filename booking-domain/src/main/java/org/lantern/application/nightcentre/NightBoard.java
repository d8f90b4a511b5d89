package org.lantern.application.nightcentre;

import org.lantern.domain.booking.Needs;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.lantern.domain.nightcentre.ChildCounts;

/**
 * A night at a glance for night staff and managers, names opened (null once erased). {@code date} is null when
 * no night is set up for tonight.
 */
public record NightBoard(LocalDate date, LocalDateTime opensAt, LocalDateTime closesAt, int restPlaces,
                         int restBooked, int restIn, int restFree, List<Entry> waitlist, ChildCounts childrenIn,
                         List<String> childcareStaff, ChildCounts headroom, List<Flag> flags, List<Entry> bookings) {

    /** {@code needs} is what the person asked for when it needs arranging, else null. */
    public record Entry(String reference, String kind, String status, String pseudonym, List<Child> children,
                        LocalDateTime offerExpiresAt, Needs needs) {

        @Override
        public String toString() {
            return "Entry[" + reference + ", " + status + "]";
        }
    }

    public record Child(int number, String name, String ageBand, boolean in, boolean out, String collectedBy) {

        @Override
        public String toString() {
            return "Child[" + number + "]";
        }
    }

    /** Something night staff should look at: {@code child} is set for a child still in after closing. */
    public record Flag(String kind, String reference, Integer child, LocalDateTime at) {
    }

    public static NightBoard none() {
        return new NightBoard(null, null, null, 0, 0, 0, 0, List.of(), ChildCounts.NONE, List.of(), ChildCounts.NONE,
                List.of(), List.of());
    }
}
