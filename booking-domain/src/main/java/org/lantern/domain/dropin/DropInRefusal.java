package org.lantern.domain.dropin;

import org.lantern.domain.booking.ReasonedRefusal;

/** What the drop-in tally refuses. */
public class DropInRefusal extends ReasonedRefusal {

    public DropInRefusal(Reason reason) {
        super(reason);
    }

    public enum Reason implements ReasonedRefusal.Reason {
        UNKNOWN_VISIT_REASON(Kind.INVALID),
        NOT_TODAY_TALLY(Kind.INVALID);

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
