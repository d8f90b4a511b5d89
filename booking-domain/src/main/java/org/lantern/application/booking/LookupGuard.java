package org.lantern.application.booking;

/**
 * Port: the lock-out on looking bookings up. Both methods refuse (with an exception the web layer turns into
 * 429) once a reference has seen too many wrong secrets, also with the right one.
 */
public interface LookupGuard {

    void lookupAllowed(String reference);

    void wrongSecret(String reference);

    /** How many wrong secrets this reference may still see before it pauses, so a page can say so in time. */
    default int triesLeft(String reference) {
        return Integer.MAX_VALUE;
    }

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
