package org.lantern.ui.privacy;

import org.lantern.domain.clinic.BookingRefusedException;
import org.lantern.domain.privacy.ErasureReason;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.projections.clinic.BookingView;
import org.lantern.ui.CentreTime;
import org.lantern.ui.clinic.ClinicBookings;
import org.lantern.ui.clinic.ClinicViews;
import org.lantern.ui.clinic.IdempotentBookings;
import org.springframework.stereotype.Service;

/**
 * Erases a booking's personal data for good. The key goes first: from that moment every sealed copy, in the
 * events and in every read model, is unreadable. Then the erasure is recorded (the read models blank their
 * copies) and the retry records, which hold a hash of the personal fields, are deleted. If anything fails
 * after the key is gone, trying again, or the retention job, completes it. Blocking: call it off the event loop.
 */
@Service
public class PersonalDataErasure {

    private final ClinicBookings bookings;
    private final ClinicViews views;
    private final IdempotentBookings retries;
    private final PersonalDataVault vault;
    private final CentreTime time;

    PersonalDataErasure(ClinicBookings bookings, ClinicViews views, IdempotentBookings retries,
                        PersonalDataVault vault, CentreTime time) {
        this.bookings = bookings;
        this.views = views;
        this.retries = retries;
        this.vault = vault;
        this.time = time;
    }

    /**
     * "Forget me", with reference and secret. A booking still to come is cancelled first, so its place goes
     * to someone else: nobody could tell at the door whose it was. False for a wrong reference or secret.
     */
    public boolean forgetMe(String reference, String secret) {
        var booking = bookings.find(reference, secret);
        booking.filter(b -> b.active() && b.startsAt().isAfter(time.now()))
                .ifPresent(b -> bookings.cancel(reference, secret));
        booking.ifPresent(b -> erase(b, ErasureReason.PERSON));
        return booking.isPresent();
    }

    /** A manager erases a person's data on their request. */
    public boolean eraseOnRequest(String reference) {
        BookingView booking = views.booking(reference)
                .orElseThrow(() -> new BookingRefusedException(BookingRefusedException.Reason.BOOKING_NOT_FOUND));
        return erase(booking, ErasureReason.MANAGER);
    }

    /** True when this call erased the data, false when it was already erased. */
    public boolean erase(BookingView booking, ErasureReason reason) {
        boolean keyDeleted = vault.forget(booking.subjectId());
        boolean recorded = bookings.recordErasure(booking, reason);
        retries.forgetSubject(booking.subjectId());
        return recorded || keyDeleted;
    }
}
