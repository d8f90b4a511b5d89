package org.lantern.application.booking;

import java.util.List;

/**
 * Cancelling a booking of any service, by its holder (reference and secret) or for them. Cancelling twice is
 * not an error. Returns once this node's read model shows the booking cancelled.
 */
public class BookingCancellation {

    private final BookingAccess access;
    private final Commands commands;
    private final CentreClock clock;
    private final List<CancelCommands> kinds;

    public BookingCancellation(BookingAccess access, Commands commands, CentreClock clock, List<CancelCommands> kinds) {
        this.access = access;
        this.commands = commands;
        this.clock = clock;
        this.kinds = List.copyOf(kinds);
    }

    /** False for a wrong reference or secret alike. */
    public boolean cancel(String typedReference, String typedSecret) {
        return access.find(typedReference, typedSecret).map(b -> {
            cancel(b);
            return true;
        }).orElse(false);
    }

    public void cancel(BookingView booking) {
        CancelCommands kind = kinds.stream().filter(k -> k.handles(booking)).findFirst()
                .orElseThrow(BookingNotFound::new);
        Object command = kind.cancel(booking, clock.now());
        access.changeAndAwait(booking.reference(), () -> kind.carryOutCancel(commands, command), b -> !b.active());
    }
}
