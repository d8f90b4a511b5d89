package org.lantern.infra.booking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the key of booking-secret hashes comes from, never the database: a configured value (every node of a
 * cluster the same), else a file beside the embedded store's data made on the first start, else (the in-memory
 * store, whose data dies with the process anyway) a key of this process alone.
 */
final class SecretKeySource {

    static final int KEY_BYTES = 32;

    private SecretKeySource() {
    }

    static byte[] key(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException("lantern.booking.secret-key must be at least 32 bytes, base64");
            }
            return key;
        }
        if (file == null) {
            return fresh();
        }
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = fresh();
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system keeps no POSIX permissions: the folder's own protection applies
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The booking-secret key file could not be read or written", e);
        }
    }

    private static byte[] fresh() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
