package org.lantern.infra.axon;

/** The store holds events of a version of Lantern this one does not read. Carries no data from the store. */
public class LegacyStoreException extends RuntimeException {

    public LegacyStoreException() {
        super("The store holds bookings written by Lantern before version 0.2 (one event stream per day)");
    }
}
