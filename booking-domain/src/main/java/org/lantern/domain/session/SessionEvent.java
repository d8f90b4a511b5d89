package org.lantern.domain.session;

/** The events of one session's stream. Each carries what its readers need, so no projection joins to apply one. */
public sealed interface SessionEvent permits SessionScheduledEvent, SlotBookedEvent, BookingCancelledEvent,
        BookingCancelledByCentreEvent, SessionCancelledEvent, BookingMovedEvent, PlaceHeldForMoveEvent,
        HeldPlaceReleasedEvent, AttendanceMarkedEvent, NoShowUndoneEvent, DisclosureRecordedEvent {

    String sessionId();
}
