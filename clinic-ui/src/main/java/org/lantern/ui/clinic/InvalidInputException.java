package org.lantern.ui.clinic;

/** Input that breaks a rule before any command is sent. The key names a kind sentence in the message bundles. */
public class InvalidInputException extends RuntimeException {

    private final String messageKey;

    public InvalidInputException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
