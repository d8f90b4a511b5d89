package org.lantern.application.booking;

import java.util.Optional;
import java.util.regex.Pattern;

/** A client's key for one booking request: 8 to 128 of {@code A-Z a-z 0-9 . _ : -}. Never stored as it is. */
public record IdempotencyKey(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    public IdempotencyKey {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidInputException("error.idempotency-key");
        }
    }

    /** Empty when no key was sent; refused (400) when one was sent that is not of the form. */
    public static Optional<IdempotencyKey> parse(String header) {
        return header == null || header.isEmpty() ? Optional.empty() : Optional.of(new IdempotencyKey(header));
    }

    /** The id a record of this key is kept under. */
    String storedId() {
        return Hashes.sha256(value);
    }

    @Override
    public String toString() {
        return "IdempotencyKey[hidden]";
    }
}
