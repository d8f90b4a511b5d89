package org.lantern.application.attendance;

import org.lantern.domain.booking.Refusal;

/** A clinician may mark attendance only in the sessions they run. */
public class NotYourSession extends Refusal {

    public static final String CODE = "NOT_YOUR_SESSION";

    public NotYourSession() {
        super(CODE);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
