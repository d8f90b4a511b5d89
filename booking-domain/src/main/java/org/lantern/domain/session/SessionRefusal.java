package org.lantern.domain.session;

import org.lantern.domain.booking.ReasonedRefusal;

/** What a session refuses: a place it does not have, a time that has passed, a shape that cannot be. */
public class SessionRefusal extends ReasonedRefusal {

    public SessionRefusal(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    public enum Reason implements ReasonedRefusal.Reason {
        SESSION_NOT_FOUND(Kind.NOT_FOUND),
        NOT_A_SLOT(Kind.NOT_FOUND),
        BOOKING_NOT_FOUND(Kind.NOT_FOUND),
        SLOT_FULL(Kind.CONFLICT),
        SLOT_IN_PAST(Kind.CONFLICT),
        BOOKING_STARTED(Kind.CONFLICT),
        SESSION_EXISTS(Kind.CONFLICT),
        DUPLICATE_REFERENCE(Kind.CONFLICT),
        BOOKING_CANCELLED(Kind.CONFLICT),
        NOT_TODAY(Kind.CONFLICT),
        NOT_STARTED(Kind.CONFLICT),
        SESSION_ENDED(Kind.CONFLICT),
        SESSION_CANCELLED(Kind.CONFLICT),
        SESSION_STARTED(Kind.CONFLICT),
        BOOKING_NOT_MOVABLE(Kind.CONFLICT),
        ATTENDANCE_CONFLICT(Kind.CONFLICT),
        NOT_AN_ATTENDANCE(Kind.INVALID),
        END_NOT_AFTER_START(Kind.INVALID),
        SLOT_LENGTH_DOES_NOT_DIVIDE(Kind.INVALID),
        SESSION_IN_PAST(Kind.INVALID),
        PLACES_OUT_OF_RANGE(Kind.INVALID),
        SLOT_LENGTH_OUT_OF_RANGE(Kind.INVALID),
        TOO_FAR_AHEAD(Kind.INVALID);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }
}
