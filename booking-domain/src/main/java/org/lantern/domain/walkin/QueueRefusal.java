package org.lantern.domain.walkin;

import org.lantern.domain.booking.ReasonedRefusal;

/** What a queue refuses: a ticket it does not hold, a change that does not fit where the ticket stands. */
public class QueueRefusal extends ReasonedRefusal {

    public QueueRefusal(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    public enum Reason implements ReasonedRefusal.Reason {
        TICKET_NOT_FOUND(Kind.NOT_FOUND),
        NOBODY_WAITING(Kind.NOT_FOUND),
        DUPLICATE_TICKET(Kind.CONFLICT),
        TICKET_NOT_WAITING(Kind.CONFLICT),
        TICKET_NOT_CALLED(Kind.CONFLICT),
        TICKET_CLOSED(Kind.CONFLICT),
        NOT_A_WALK_IN(Kind.CONFLICT);

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
