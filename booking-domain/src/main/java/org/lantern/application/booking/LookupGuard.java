package org.lantern.application.booking;

/**
 * Port: the lock-out on looking bookings up. Both methods refuse (with an exception the web layer turns into
 * 429) once a reference has seen too many wrong secrets, also with the right one.
 */
public interface LookupGuard {

    void lookupAllowed(String reference);

    void wrongSecret(String reference);

    /** For tests and places without a lock-out. */
    LookupGuard NONE = new LookupGuard() {
        @Override
        public void lookupAllowed(String reference) {
        }

        @Override
        public void wrongSecret(String reference) {
        }
    };
}
