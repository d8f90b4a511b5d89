package org.lantern.domain.nightcentre;

import org.lantern.domain.booking.ReasonedRefusal;

/** What a night refuses: a place it does not have, a ratio it would break, a time that cannot be. */
public class NightRefusal extends ReasonedRefusal {

    public NightRefusal(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    /** The refusal of a childcare booking that names the age band that is full. */
    public static NightRefusal bandFull(AgeBand band) {
        return new NightRefusal(switch (band) {
            case UNDER_2 -> Reason.CHILDCARE_FULL_UNDER2;
            case TWO -> Reason.CHILDCARE_FULL_TWO;
            case THREE_PLUS -> Reason.CHILDCARE_FULL_THREE_PLUS;
        });
    }

    public enum Reason implements ReasonedRefusal.Reason {
        NIGHT_NOT_FOUND(Kind.NOT_FOUND),
        BOOKING_NOT_FOUND(Kind.NOT_FOUND),
        CHILD_NOT_FOUND(Kind.NOT_FOUND),
        REST_FULL(Kind.CONFLICT),
        CHILDCARE_FULL_UNDER2(Kind.CONFLICT),
        CHILDCARE_FULL_TWO(Kind.CONFLICT),
        CHILDCARE_FULL_THREE_PLUS(Kind.CONFLICT),
        NIGHT_OVER(Kind.CONFLICT),
        OFFER_EXPIRED(Kind.CONFLICT),
        NOT_CHECKED_IN(Kind.CONFLICT),
        NOT_BOOKED(Kind.CONFLICT),
        ALREADY_CHECKED_IN(Kind.CONFLICT),
        CHECKED_IN_CANNOT_CANCEL(Kind.CONFLICT),
        ROSTER_BREAKS_RATIO(Kind.CONFLICT),
        FEWER_PLACES_THAN_BOOKED(Kind.CONFLICT),
        DUPLICATE_REFERENCE(Kind.CONFLICT),
        NIGHT_IN_PAST(Kind.INVALID),
        NIGHT_TOO_FAR_AHEAD(Kind.INVALID),
        NIGHT_PLAN_TOO_FAR_AHEAD(Kind.INVALID),
        CLOSES_NOT_NEXT_MORNING(Kind.INVALID),
        TIME_IN_CLOCK_GAP(Kind.INVALID),
        REST_PLACES_OUT_OF_RANGE(Kind.INVALID),
        NO_CHILDREN(Kind.INVALID),
        TOO_MANY_CHILDREN(Kind.INVALID),
        AGE_BAND_UNKNOWN(Kind.INVALID),
        CHILD_NAME(Kind.INVALID),
        COLLECTED_BY(Kind.INVALID),
        UNKNOWN_STAFF(Kind.INVALID),
        WEEKDAYS(Kind.INVALID),
        WEEKS_OUT_OF_RANGE(Kind.INVALID),
        KIND_UNKNOWN(Kind.INVALID);

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
