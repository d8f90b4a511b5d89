package org.lantern.application.booking;

import java.time.LocalDateTime;

/** How one kind of booking is cancelled: the command to its aggregate. */
public interface CancelCommands {

    boolean handles(BookingView booking);

    Object cancel(BookingView booking, LocalDateTime now);
}
