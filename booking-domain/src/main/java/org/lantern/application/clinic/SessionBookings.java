package org.lantern.application.clinic;

import java.time.LocalDate;
import java.util.List;

/** Port: the read side's sessions of a day and service, and whether a session was called off. */
public interface SessionBookings {

    /** The sessions of one service on one date that were not called off. */
    List<SessionView> sessionsOn(LocalDate date, String service);

    boolean cancelled(String sessionId);

    /** The bookings of a session that still hold a place. */
    List<org.lantern.application.booking.BookingView> activeIn(String sessionId);
}
