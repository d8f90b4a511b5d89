package org.lantern.application.privacy;

import org.lantern.application.booking.BookingAccess;
import org.lantern.application.booking.BookingCancellation;
import org.lantern.application.booking.BookingView;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.Commands;
import org.lantern.application.booking.IdempotencyRecords;
import org.lantern.domain.privacy.ErasePersonalDataCommand;
import org.lantern.domain.privacy.ErasureReason;
import org.lantern.domain.privacy.PersonalDataVault;

/**
 * Erases a person's personal data for good, whatever they booked. The key goes first: from that moment every
 * sealed copy, in the events and in every read model, is unreadable. Then the erasure is recorded on the data
 * subject (the read models blank their copies) and the retry records, which hold a hash of the personal fields,
 * are deleted. If anything fails after the key is gone, trying again, or the retention job, completes it.
 */
public class PersonalDataErasure {

    private final BookingAccess access;
    private final BookingCancellation cancellation;
    private final Commands commands;
    private final IdempotencyRecords retries;
    private final PersonalDataVault vault;
    private final CentreClock clock;

    public PersonalDataErasure(BookingAccess access, BookingCancellation cancellation, Commands commands,
                               IdempotencyRecords retries, PersonalDataVault vault, CentreClock clock) {
        this.access = access;
        this.cancellation = cancellation;
        this.commands = commands;
        this.retries = retries;
        this.vault = vault;
        this.clock = clock;
    }

    /**
     * "Forget me", with reference and secret. A booking still to come is cancelled first, so its place goes to
     * someone else: nobody could tell at the door whose it was. False for a wrong reference or secret.
     */
    public boolean forgetMe(String reference, String secret) {
        var booking = access.find(reference, secret);
        booking.filter(b -> b.active() && b.startsAt().isAfter(clock.now())).ifPresent(cancellation::cancel);
        booking.ifPresent(b -> erase(b, ErasureReason.PERSON));
        return booking.isPresent();
    }

    /** A manager erases a person's data on their request. */
    public boolean eraseOnRequest(String reference) {
        return erase(access.byReference(reference), ErasureReason.MANAGER);
    }

    /** True when this call erased the data, false when it was already erased. */
    public boolean erase(BookingView booking, ErasureReason reason) {
        boolean keyDeleted = vault.forget(booking.subjectId());
        Boolean recorded = access.changeAndAwait(booking.reference(), commands, new ErasePersonalDataCommand(
                booking.subjectId(), booking.reference(), reason, clock.now()), BookingView::erased);
        retries.forgetSubject(booking.subjectId());
        return Boolean.TRUE.equals(recorded) || keyDeleted;
    }
}
