package org.lantern.application.course;

import java.time.LocalDateTime;
import java.util.List;
import org.lantern.domain.booking.BookingStatus;

/**
 * A course booking as the read side knows it: where it stands ({@code pending} while its sessions are claimed)
 * and each session's place as it is now (moved, cancelled, attended). Nothing personal: the holder's part is in
 * the {@link org.lantern.application.booking.BookingView} of the same reference.
 */
public record CourseBookingView(String reference, String courseId, String counsellor, Stage stage,
                                LocalDateTime startedAt, List<Place> places) {

    public enum Stage { PENDING, BOOKED, ABANDONED, CANCELLED }

    /** Session {@code n} of {@code of}: its place's own reference and status in its session. */
    public record Place(int n, int of, String sessionId, LocalDateTime start, LocalDateTime end,
                        String sessionReference, BookingStatus status) {

        public boolean active() {
            return status.holdsPlace();
        }
    }

    public Place place(int n) {
        return places.stream().filter(p -> p.n() == n).findFirst().orElse(null);
    }
}
