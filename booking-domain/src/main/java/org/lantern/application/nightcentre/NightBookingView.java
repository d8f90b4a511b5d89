package org.lantern.application.nightcentre;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.nightcentre.AgeBand;
import org.lantern.domain.nightcentre.PlaceKind;
import org.lantern.domain.privacy.SealedText;

/**
 * A night booking or waitlist place with what only the night centre needs: the children (names still sealed,
 * null once erased), an open offer's expiry and what the person asked for (sealed, null when nothing or erased).
 */
public record NightBookingView(String reference, String nightId, LocalDate date, PlaceKind kind,
                               BookingStatus status, String subjectId, SealedText pseudonym, List<ChildView> children,
                               LocalDateTime offerExpiresAt, LocalDateTime bookedAt, SealedText needs) {

    /** One child: {@code number} is its place in the booking, from 1. */
    public record ChildView(int number, SealedText name, AgeBand band, boolean in, boolean out,
                            SealedText collectedBy) {

        @Override
        public String toString() {
            return "Child[" + number + ", " + band + "]";
        }
    }

    @Override
    public String toString() {
        return "NightBooking[" + reference + ", " + status + "]";
    }
}
