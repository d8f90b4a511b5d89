package org.lantern.domain.booking;

/**
 * A refusal whose reasons are an enum of the aggregate's own, each reason knowing its kind: the code is the
 * reason's name. A subclass narrows {@link #reason()} to its own enum.
 */
public abstract class ReasonedRefusal extends Refusal {

    /** One reason an aggregate refuses (an enum constant), and what kind of refusal it is. */
    public interface Reason {
        String name();

        Kind kind();
    }

    private final Reason reason;

    protected ReasonedRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String code() {
        return reason.name();
    }

    @Override
    public Kind kind() {
        return reason.kind();
    }
}
