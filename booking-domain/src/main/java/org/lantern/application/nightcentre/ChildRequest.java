package org.lantern.application.nightcentre;

import org.lantern.domain.nightcentre.AgeBand;

/** A child as the parent named it: a first name or nickname (checked like a pseudonym), and an age band. */
public record ChildRequest(String name, AgeBand band) {

    @Override
    public String toString() {
        return "ChildRequest[" + band + "]";
    }
}
