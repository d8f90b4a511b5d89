package org.lantern.application.audit;

import java.time.Instant;

/**
 * One thing that happened to staff access. Holds staff usernames, a client address and a route, and never a
 * password, a pseudonym, a contact or a booking's secret.
 *
 * @param actor   who did it: a staff username, or null when nobody was signed in (or the name was unknown)
 * @param subject the staff account it was done to, for account changes
 * @param detail  the route refused ("POST /staff/sessions"), or what changed ("roles=MANAGER,RECEPTION")
 */
public record AuditEvent(Instant at, Type type, String actor, String subject, String address, String detail) {

    public enum Type {
        SIGNED_IN, SIGN_IN_FAILED, SIGNED_OUT, SESSION_ENDED, ACCESS_REFUSED,
        ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ROLES_CHANGED, PASSWORD_CHANGE_FORCED, PASSWORD_CHANGED,
        /** Reception acting for a person at the desk or on the phone; the detail is the booking's reference. */
        BOOKED_FOR_PERSON, BOOKING_LOOKED_UP, CANCELLED_FOR_PERSON,
        /** Many upcoming bookings from one client address (the address is not kept); the detail is how many. */
        MANY_BOOKINGS_FROM_ONE_ADDRESS,
        /** A member of staff opened a private service's day list; the detail is the date. */
        SENSITIVE_DAY_LIST_OPENED(true),
        /** A member of staff opened one booking of a private service; the detail is its reference. */
        SENSITIVE_BOOKING_OPENED(true),
        /** A booking of a private service was checked in; the detail is its reference. */
        SENSITIVE_CHECK_IN(true),
        /** A manager recorded a disclosure to the police; the detail is the reference and the legal basis. */
        DISCLOSURE_RECORDED(true);

        private final boolean sensitive;

        Type() {
            this(false);
        }

        Type(boolean sensitive) {
            this.sensitive = sensitive;
        }

        /** Access to the most sensitive bookings (the police clinic), which a manager reviews on its own. */
        public boolean sensitive() {
            return sensitive;
        }
    }
}
