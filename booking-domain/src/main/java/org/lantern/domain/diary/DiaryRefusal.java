package org.lantern.domain.diary;

import org.lantern.domain.booking.Refusal;

/** What a clinician's diary refuses: two sessions at once. */
public class DiaryRefusal extends Refusal {

    private final Reason reason;

    public DiaryRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    @Override
    public String code() {
        return reason.name();
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }

    public enum Reason {
        CLINICIAN_OVERLAP
    }
}
