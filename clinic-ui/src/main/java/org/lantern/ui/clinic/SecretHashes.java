package org.lantern.ui.clinic;

import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One-way hashes of booking secrets. A secret is 10 random symbols of 31 (about 49 bits) and look-ups are
 * rate-limited, so bcrypt at cost 8 keeps an offline search at decades while a booking stays quick; staff
 * passwords, chosen by people, keep Spring Security's default cost.
 */
@Component
class SecretHashes {

    static final int COST = 8;
    private final PasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
            Map.of("bcrypt", new BCryptPasswordEncoder(COST)));

    String hash(String secret) {
        return encoder.encode(secret);
    }

    boolean matches(String secret, String hash) {
        return encoder.matches(secret, hash);
    }
}
