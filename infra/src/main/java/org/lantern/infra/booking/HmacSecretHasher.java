package org.lantern.infra.booking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.lantern.application.booking.Hashes;
import org.lantern.application.booking.SecretHasher;

/**
 * Booking secrets as HMAC-SHA-256 under a server key that is kept apart from the database. A secret is 10
 * random symbols (about 49 bits), not something a person chose, so a slow password hash buys nothing a keyed
 * hash does not: without the key, a copy of the database gives an attacker no way to test a guess at all.
 * See the threat model in docs/security.md.
 */
class HmacSecretHasher implements SecretHasher {

    static final String PREFIX = "{hmac-sha256}";

    private final byte[] key;

    HmacSecretHasher(byte[] key) {
        this.key = key.clone();
    }

    @Override
    public String hash(String secret) {
        return PREFIX + Hashes.hmacSha256(key, secret);
    }

    @Override
    public boolean matches(String secret, String hash) {
        if (secret == null || hash == null || !hash.startsWith(PREFIX)) {
            return false;
        }
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII));
    }
}
