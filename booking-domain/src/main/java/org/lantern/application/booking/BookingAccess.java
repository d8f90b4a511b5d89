package org.lantern.application.booking;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.lantern.domain.booking.BookingReference;
import org.lantern.domain.booking.BookingStatus;

/**
 * A booking's holder proves who they are with reference and secret. A wrong secret and an unknown reference are
 * indistinguishable, in answer and in time taken; too many wrong secrets lock the reference for a while.
 */
public class BookingAccess {

    private static final int MAX_SECRET_LENGTH = 64;

    private final BookingRecords records;
    private final SecretHasher hasher;
    private final LookupGuard guard;
    private final ReadYourWrite readYourWrite;
    private final String unknownReferenceHash;

    public BookingAccess(BookingRecords records, SecretHasher hasher, LookupGuard guard, ReadYourWrite readYourWrite,
                         BookingCodes codes) {
        this.records = records;
        this.hasher = hasher;
        this.guard = guard;
        this.readYourWrite = readYourWrite;
        this.unknownReferenceHash = hasher.hash(codes.secret());
    }

    /** The booking when reference and secret match; empty for an unknown reference or a wrong secret alike. */
    public Optional<BookingView> find(String typedReference, String typedSecret) {
        Optional<BookingReference> reference = BookingReference.parse(typedReference);
        String secret = Secrets.normalise(typedSecret);
        if (reference.isEmpty() || secret == null || secret.length() > MAX_SECRET_LENGTH) {
            hasher.matches("x", unknownReferenceHash);
            return Optional.empty();
        }
        String ref = reference.get().value();
        guard.lookupAllowed(ref);
        Optional<BookingView> booking = records.booking(ref);
        if (!hasher.matches(secret, booking.map(BookingView::secretHash).orElse(unknownReferenceHash))) {
            guard.wrongSecret(ref);
            return Optional.empty();
        }
        return booking;
    }

    /** The same, refusing with {@link BookingNotFound} instead of answering empty. */
    public BookingView require(String typedReference, String typedSecret) {
        return find(typedReference, typedSecret).orElseThrow(BookingNotFound::new);
    }

    /** A booking by reference alone, for staff acting for a person in front of them. */
    public BookingView byReference(String typedReference) {
        return BookingReference.parse(typedReference).flatMap(r -> records.booking(r.value()))
                .orElseThrow(BookingNotFound::new);
    }

    /** Whether a booking of this reference exists (on this node's read model). */
    public boolean exists(String reference) {
        return records.booking(reference).isPresent();
    }

    /** Where a booking stands now, by reference alone (for a retry's answer). */
    public Optional<BookingStatus> statusOf(String reference) {
        return records.booking(reference).map(BookingView::status);
    }

    /** Waits until this node's read model shows the booking as {@code done} says (read-your-write). */
    public void awaitVisible(String reference, Predicate<BookingView> done) {
        readYourWrite.await(reference, () -> records.booking(reference).filter(done).isPresent());
    }

    /**
     * Sends a command that changes a booking and waits until this node's read model shows it as {@code done}
     * says. The wait is registered first, so the read model is read once, after the projection has written.
     */
    public <T> T changeAndAwait(String reference, Commands commands, Object command, Predicate<BookingView> done) {
        return changeAndAwait(reference, () -> commands.send(command), done);
    }

    /** The same for a change of several commands (a course's), carried out by {@code change}. */
    public <T> T changeAndAwait(String reference, Supplier<T> change, Predicate<BookingView> done) {
        try (ReadYourWrite.Watch watch = readYourWrite.watch(reference)) {
            T answer = change.get();
            watch.await(() -> records.booking(reference).filter(done).isPresent());
            return answer;
        }
    }
}
