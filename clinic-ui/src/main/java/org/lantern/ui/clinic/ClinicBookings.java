package org.lantern.ui.clinic;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.lantern.domain.clinic.BookSlotCommand;
import org.lantern.domain.clinic.BookingRefusedException;
import org.lantern.domain.clinic.CancelBookingCommand;
import org.lantern.domain.clinic.DayId;
import org.lantern.domain.clinic.ErasePersonalDataCommand;
import org.lantern.domain.privacy.ErasureReason;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;
import org.lantern.projections.clinic.BookingView;
import org.lantern.projections.clinic.FindBookingQuery;
import org.lantern.projections.clinic.SessionView;
import org.lantern.ui.CentreTime;
import org.lantern.ui.security.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Booking, looking up and cancelling with reference and secret. Blocking: call it off the event loop.
 * A wrong secret and an unknown reference are indistinguishable, in answer and in time taken.
 */
@Service
public class ClinicBookings {

    private static final Duration POLL = Duration.ofMillis(100);

    /** How long a change waits to be visible on this node's read model before it answers anyway. */
    private final Duration readYourWrite;
    private final DayCommands commands;
    private final BookingReferences references;
    private final QueryGateway queries;
    private final ClinicViews views;
    private final PersonalDataVault vault;
    private final SecretHashes encoder;
    private final BookingCodes codes;
    private final CentreTime time;
    private final RateLimits limits;
    private final String unknownReferenceHash;

    ClinicBookings(DayCommands commands, BookingReferences references, QueryGateway queries, ClinicViews views,
                   PersonalDataVault vault, SecretHashes encoder, BookingCodes codes, CentreTime time,
                   RateLimits limits, @Value("${lantern.read-your-write-wait:5s}") Duration readYourWrite) {
        this.readYourWrite = readYourWrite;
        this.commands = commands;
        this.references = references;
        this.queries = queries;
        this.views = views;
        this.vault = vault;
        this.encoder = encoder;
        this.codes = codes;
        this.time = time;
        this.limits = limits;
        this.unknownReferenceHash = encoder.hash(codes.secret());
    }

    /** Books a place; returns once the booking can be looked up on this node. */
    public BookingReceipt book(NewBooking booking) {
        SessionView session = views.session(booking.sessionId())
                .orElseThrow(() -> new BookingRefusedException(BookingRefusedException.Reason.SESSION_NOT_FOUND));
        String secret = codes.secret();
        String subjectId = codes.subjectId();
        String reference = references.claimNew();
        try {
            SealedText contact = booking.contact().map(c -> vault.seal(subjectId, c.encode())).orElse(null);
            SealedText language = contact == null ? null
                    : vault.seal(subjectId, booking.language().toLanguageTag());
            BookSlotCommand command = new BookSlotCommand(DayId.of(session.date()), booking.sessionId(),
                    booking.start(), reference, encoder.hash(secret), subjectId,
                    vault.seal(subjectId, booking.pseudonym()), contact, language,
                    booking.remindersMayNameService(), time.now());
            sendAndAwait(command.dayId(), command, reference, b -> true);
        } catch (RuntimeException notBooked) {
            // only reached when the command itself failed: nothing was booked, so nothing of it may stay
            vault.forget(subjectId);
            references.release(reference);
            throw notBooked;
        }
        return new BookingReceipt(reference, secret, session.service(), session.date(), booking.start(),
                booking.start().plusMinutes(session.slotMinutes()), subjectId);
    }

    /**
     * The booking when reference and secret match; empty for an unknown reference or a wrong secret alike.
     * After too many wrong secrets for one reference, refuses (429) until the lock-out period is over, also
     * with the right secret, and the same for references that do not exist.
     */
    public Optional<BookingView> find(String reference, String secret) {
        reference = reference == null ? null : reference.strip().toUpperCase(java.util.Locale.ROOT);
        secret = secret == null ? null : secret.strip().toUpperCase(java.util.Locale.ROOT);
        if (!BookingCodes.looksLikeReference(reference) || secret == null || secret.length() > 64) {
            encoder.matches("x", unknownReferenceHash);
            return Optional.empty();
        }
        limits.lookupAllowed(reference);
        Optional<BookingView> booking = views.booking(reference);
        String hash = booking.map(BookingView::secretHash).orElse(unknownReferenceHash);
        if (!encoder.matches(secret, hash)) {
            limits.wrongSecret(reference);
            return Optional.empty();
        }
        return booking;
    }

    /** Cancels when reference and secret match; false otherwise. Cancelling twice is not an error. */
    public boolean cancel(String reference, String secret) {
        Optional<BookingView> booking = find(reference, secret);
        booking.ifPresent(b -> sendAndAwait(b.dayId(), new CancelBookingCommand(b.dayId(), b.reference(), time.now()),
                b.reference(), view -> !view.active()));
        return booking.isPresent();
    }

    /**
     * Records the erasure of a booking's personal fields and waits until this node's read model shows it.
     * Returns false when they were already erased.
     */
    public boolean recordErasure(BookingView booking, ErasureReason reason) {
        boolean[] erased = new boolean[1];
        sendAndAwait(booking.dayId(), new ErasePersonalDataCommand(booking.dayId(), booking.reference(), reason,
                time.now()), booking.reference(), BookingView::erased, result -> erased[0] = Boolean.TRUE.equals(result));
        return erased[0];
    }

    /**
     * Sends a command and waits until this node's read model shows its effect, so the person's next request
     * sees their own change. The subscription starts before the command, so no update can slip past.
     */
    private void sendAndAwait(String dayId, Object command, String reference, Predicate<BookingView> done) {
        sendAndAwait(dayId, command, reference, done, result -> { });
    }

    private void sendAndAwait(String dayId, Object command, String reference, Predicate<BookingView> done,
                              Consumer<Object> result) {
        SubscriptionQueryResult<BookingView, BookingView> visible = queries.subscriptionQuery(
                new FindBookingQuery(reference), ResponseTypes.instanceOf(BookingView.class),
                ResponseTypes.instanceOf(BookingView.class));
        try {
            result.accept(commands.send(dayId, command));
            awaitVisible(visible, reference, done);
        } finally {
            visible.cancel();
        }
    }

    /**
     * Waits, at most a few seconds, for the command's effect to reach the read model. The command has already
     * succeeded, so nothing here may fail the request: a slow or failing look merely ends the wait.
     */
    private void awaitVisible(SubscriptionQueryResult<BookingView, BookingView> visible, String reference,
                              Predicate<BookingView> done) {
        // the projection may run on another node, whose updates this node never hears: look now and then too
        Flux<BookingView> polled = Flux.interval(POLL, Schedulers.boundedElastic())
                .concatMap(i -> Mono.justOrEmpty(views.booking(reference)));
        try {
            Flux.merge(visible.initialResult(), visible.updates(), polled).filter(done).next()
                    .timeout(readYourWrite, Mono.empty()).onErrorResume(e -> Mono.empty()).block();
        } catch (RuntimeException interrupted) {
            if (interrupted.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
