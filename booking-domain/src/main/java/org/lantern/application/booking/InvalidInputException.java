package org.lantern.application.booking;

import org.lantern.domain.booking.Refusal;

/** Input that breaks a rule before any command is sent. The key names a kind sentence in the message bundles. */
public class InvalidInputException extends Refusal {

    private final String messageKey;
    private final Kind kind;

    public InvalidInputException(String messageKey) {
        this(messageKey, Kind.INVALID);
    }

    public InvalidInputException(String messageKey, Kind kind) {
        super(messageKey);
        this.messageKey = messageKey;
        this.kind = kind;
    }

    @Override
    public String code() {
        return messageKey;
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
