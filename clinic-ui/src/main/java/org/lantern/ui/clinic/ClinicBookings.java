package org.lantern.ui.clinic;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.lantern.domain.clinic.BookSlotCommand;
import org.lantern.domain.clinic.BookingRefusedException;
import org.lantern.domain.clinic.CancelBookingCommand;
import org.lantern.domain.clinic.DayId;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.projections.clinic.BookingView;
import org.lantern.projections.clinic.FindBookingQuery;
import org.lantern.projections.clinic.SessionView;
import org.lantern.ui.CentreTime;
import org.lantern.ui.security.RateLimits;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Booking, looking up and cancelling with reference and secret. Blocking: call it off the event loop.
 * A wrong secret and an unknown reference are indistinguishable, in answer and in time taken.
 */
@Service
public class ClinicBookings {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);

    private final DayCommands commands;
    private final QueryGateway queries;
    private final ClinicViews views;
    private final PersonalDataVault vault;
    private final PasswordEncoder encoder;
    private final BookingCodes codes;
    private final CentreTime time;
    private final RateLimits limits;
    private final String unknownReferenceHash;

    ClinicBookings(DayCommands commands, QueryGateway queries, ClinicViews views, PersonalDataVault vault,
                   PasswordEncoder encoder, BookingCodes codes, CentreTime time, RateLimits limits) {
        this.commands = commands;
        this.queries = queries;
        this.views = views;
        this.vault = vault;
        this.encoder = encoder;
        this.codes = codes;
        this.time = time;
        this.limits = limits;
        this.unknownReferenceHash = encoder.encode(codes.secret());
    }

    /** Books a place; returns once the booking can be looked up on this node. */
    public BookingReceipt book(String sessionId, LocalTime start, String pseudonym) {
        SessionView session = views.session(sessionId)
                .orElseThrow(() -> new BookingRefusedException(BookingRefusedException.Reason.SESSION_NOT_FOUND));
        String reference = codes.reference();
        String secret = codes.secret();
        String subjectId = codes.subjectId();
        BookSlotCommand command = new BookSlotCommand(DayId.of(session.date()), sessionId, start, reference,
                encoder.encode(secret), subjectId, vault.seal(subjectId, pseudonym), time.now());
        try {
            sendAndAwait(command.dayId(), command, reference, b -> true);
        } catch (RuntimeException refused) {
            vault.forget(subjectId);
            throw refused;
        }
        return new BookingReceipt(reference, secret, session.service(), session.date(), start,
                start.plusMinutes(session.slotMinutes()), subjectId);
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
     * Sends a command and waits until this node's read model shows its effect, so the person's next request
     * sees their own change. The subscription starts before the command, so no update can slip past.
     */
    private void sendAndAwait(String dayId, Object command, String reference, Predicate<BookingView> done) {
        SubscriptionQueryResult<BookingView, BookingView> visible = queries.subscriptionQuery(
                new FindBookingQuery(reference), ResponseTypes.instanceOf(BookingView.class),
                ResponseTypes.instanceOf(BookingView.class));
        try {
            commands.send(dayId, command);
            Flux.concat(visible.initialResult(), visible.updates()).filter(done).next()
                    .timeout(READ_YOUR_WRITE, Mono.empty()).block();
        } finally {
            visible.cancel();
        }
    }
}
