package org.lantern.domain.nightcentre;

/** The events of one night's stream. Each carries what its readers need, so no projection joins to apply one. */
public sealed interface NightEvent permits NightPlannedEvent, NightPlaceBookedEvent, NightWaitlistJoinedEvent,
        PlaceOfferedEvent, OfferAcceptedEvent, OfferExpiredEvent, NightBookingCancelledEvent, RestPlaceReleasedEvent,
        CheckedInEvent, CheckedOutEvent, RosterSetEvent {

    String nightId();
}
