package org.lantern.domain.booking;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A person's agreement to the wording shown before a sensitive booking (the police clinic): which version of
 * the wording, and when. Sealed under the person's key in the booking's event ({@link Holder#consent()}), so it
 * is erased with them.
 */
public record Consent(String version, LocalDateTime givenAt) {

    /**
     * The police clinic's consent wording; a new wording gets a new version, and the old one stays readable. The
     * name is discreet: it travels to the person's data download, which never names the service.
     */
    public static final String PRIVATE_APPOINTMENT_V1 = "private-appointment-1";

    public Consent {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(givenAt, "givenAt");
    }

    public String encode() {
        return version + ' ' + givenAt;
    }

    public static Consent decode(String encoded) {
        int space = encoded.indexOf(' ');
        return new Consent(encoded.substring(0, space), LocalDateTime.parse(encoded.substring(space + 1)));
    }
}
