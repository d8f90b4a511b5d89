package org.lantern.application.booking;

/** Port: one-way hashes of booking secrets. See docs/security.md for the threat model. */
public interface SecretHasher {

    String hash(String secret);

    /** Compares in constant time; false for any hash it cannot read. */
    boolean matches(String secret, String hash);
}
