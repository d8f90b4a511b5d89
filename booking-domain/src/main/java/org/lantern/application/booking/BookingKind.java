package org.lantern.application.booking;

import java.time.LocalDateTime;
import java.util.List;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.privacy.SealedText;

/**
 * How one service plugs into the {@link BookingPipeline}: what its request books, and the command that books
 * it. Everything else (idempotency, caps, reference and secret, sealing, waiting until visible, the receipt)
 * the pipeline does once for every service.
 *
 * @param <R> the service's request
 * @param <D> what a booking of it holds, as the receipt describes it
 */
public interface BookingKind<R extends BookingRequest, D extends BookedItem> {

    /**
     * Checks the request against what is known now and describes what it would book; refuses (a
     * {@link org.lantern.domain.booking.Refusal}) when there is no such thing. Asked again for a retry, so it
     * must not change anything.
     */
    D describe(R request);

    /** The command that books it for this holder; the aggregate decides, the pipeline sends it. */
    Object command(R request, D item, Holder holder, LocalDateTime now);

    /**
     * The same, with the request's {@link BookingRequest#otherPersonalFields()} sealed under the holder's key. A
     * service with such fields overrides this one.
     */
    default Object command(R request, D item, Holder holder, List<SealedText> otherSealed, LocalDateTime now) {
        return command(request, item, holder, now);
    }

    /**
     * Carries out what {@link #command} made and answers what the aggregate decided. Most services send one
     * command; a booking that spans several aggregates (a course claims each of its sessions in turn, and gives
     * them back when one is taken) overrides this. Whatever it throws, nothing of the booking may stay.
     */
    default Object carryOut(Commands commands, Object command) {
        return commands.send(command);
    }
}
