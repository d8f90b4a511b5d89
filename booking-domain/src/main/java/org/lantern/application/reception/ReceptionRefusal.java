package org.lantern.application.reception;

import org.lantern.domain.booking.ReasonedRefusal;

/** What reception cannot do for a person at the desk, beyond what the booking's own aggregate refuses. */
public class ReceptionRefusal extends ReasonedRefusal {

    public enum Reason implements ReasonedRefusal.Reason {
        /** Cancelling a booking that is cancelled already: the desk is told, rather than shown a second success. */
        ALREADY_CANCELLED(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public ReceptionRefusal(Reason reason) {
        super(reason);
    }
}
