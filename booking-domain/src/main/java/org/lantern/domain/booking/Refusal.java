package org.lantern.domain.booking;

/**
 * A request the rules refuse. Each aggregate (and the application layer) has its own subtype; the web layer
 * maps every refusal to an HTTP status by its {@link Kind} and to a kind sentence by its {@link #messageKey()},
 * in one place. The message is the stable code only: it never holds personal data.
 */
public abstract class Refusal extends RuntimeException {

    /** What sort of refusal this is, which decides the answer's status. */
    public enum Kind {
        /** The thing asked for does not exist (404). */
        NOT_FOUND,
        /** It exists, but the request clashes with its state now (409). */
        CONFLICT,
        /** The request itself breaks a rule (400). */
        INVALID,
        /** The caller may not do this to this thing, though it may do it to others (403). */
        FORBIDDEN,
        /** The request repeats an earlier one's key with other content (422). */
        UNPROCESSABLE
    }

    protected Refusal(String code) {
        super(code, null, false, false);
    }

    /** The stable code, also on the API as part of {@link #messageKey()}. */
    public abstract String code();

    public abstract Kind kind();

    /** The message bundle key of the kind sentence a person reads. */
    public String messageKey() {
        return "refused." + code();
    }
}
