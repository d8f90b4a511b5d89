package org.lantern.domain.clinic;

/**
 * A command the rules refuse. The reason is a code the UI turns into a kind sentence; the message never
 * holds personal data.
 */
public class BookingRefusedException extends RuntimeException {

    private final Reason reason;

    public BookingRefusedException(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        SESSION_NOT_FOUND,
        NOT_A_SLOT,
        SLOT_FULL,
        SLOT_IN_PAST,
        BOOKING_NOT_FOUND,
        BOOKING_STARTED,
        DUPLICATE_REFERENCE,
        SESSION_EXISTS,
        END_NOT_AFTER_START,
        SLOT_LENGTH_DOES_NOT_DIVIDE,
        SESSION_IN_PAST,
        CLINICIAN_OVERLAP,
        PLACES_OUT_OF_RANGE,
        SLOT_LENGTH_OUT_OF_RANGE,
        TOO_FAR_AHEAD
    }
}
