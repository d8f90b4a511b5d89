package org.lantern.application.booking;

import java.time.LocalDateTime;

/** How one kind of booking is cancelled: the command to its aggregate. */
public interface CancelCommands {

    boolean handles(BookingView booking);

    Object cancel(BookingView booking, LocalDateTime now);

    /** Carries out what {@link #cancel} made; a kind whose cancellation is several commands overrides this. */
    default Object carryOutCancel(Commands commands, Object command) {
        return commands.send(command);
    }
}
