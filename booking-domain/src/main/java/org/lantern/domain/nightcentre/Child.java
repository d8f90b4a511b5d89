package org.lantern.domain.nightcentre;

import java.util.Objects;
import org.lantern.domain.privacy.SealedText;

/** A child in a childcare booking: the name or nickname sealed under the parent's key, and the age band. */
public record Child(SealedText name, AgeBand band) {

    public Child {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(band, "band");
    }

    @Override
    public String toString() {
        return "Child[" + band + "]";
    }
}
