package org.lantern.domain.nightcentre;

import java.util.Collection;

/** How many children of each age band. */
public record ChildCounts(int under2, int two, int threePlus) {

    public static final ChildCounts NONE = new ChildCounts(0, 0, 0);

    public static ChildCounts of(Collection<AgeBand> bands) {
        ChildCounts counts = NONE;
        for (AgeBand band : bands) {
            counts = counts.plus(band, 1);
        }
        return counts;
    }

    public ChildCounts plus(AgeBand band, int n) {
        return switch (band) {
            case UNDER_2 -> new ChildCounts(under2 + n, two, threePlus);
            case TWO -> new ChildCounts(under2, two + n, threePlus);
            case THREE_PLUS -> new ChildCounts(under2, two, threePlus + n);
        };
    }

    public ChildCounts plus(ChildCounts other) {
        return new ChildCounts(under2 + other.under2, two + other.two, threePlus + other.threePlus);
    }

    public ChildCounts minus(ChildCounts other) {
        return new ChildCounts(under2 - other.under2, two - other.two, threePlus - other.threePlus);
    }

    public int of(AgeBand band) {
        return switch (band) {
            case UNDER_2 -> under2;
            case TWO -> two;
            case THREE_PLUS -> threePlus;
        };
    }

    public int total() {
        return under2 + two + threePlus;
    }
}
