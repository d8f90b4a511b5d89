package org.lantern.application.booking;

/**
 * Port: every booking reference, claimed once for all services and all time before it is used, since each
 * aggregate knows only its own bookings. A claim holds no personal data.
 */
public interface ReferenceClaims {

    /** True when the reference was free and is now this booking's. */
    boolean claim(String reference);

    void release(String reference);
}
