package org.lantern.application.booking;

import java.time.LocalDateTime;
import org.lantern.domain.booking.Holder;

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
}
