package org.lantern.domain.nightcentre;

/**
 * England's EYFS ratios with mixed ages: the adults needed are ceil(under2/3 + two/5 + threePlus/8), and never
 * fewer than two while any child is present. Counted in 120ths of an adult, so no rounding error creeps in.
 */
public final class ChildcareRatio {

    static final int MIN_ADULTS_WITH_CHILDREN = 2;
    private static final int WHOLE = 120;

    private ChildcareRatio() {
    }

    public static int adultsNeeded(ChildCounts children) {
        if (children.total() == 0) {
            return 0;
        }
        int parts = 0;
        for (AgeBand band : AgeBand.values()) {
            parts += children.of(band) * (WHOLE / band.perAdult());
        }
        return Math.max(MIN_ADULTS_WITH_CHILDREN, (parts + WHOLE - 1) / WHOLE);
    }

    public static boolean fits(ChildCounts children, int adults) {
        return adultsNeeded(children) <= adults;
    }

    /** How many more children of one band fit beside those already there. */
    public static int headroom(ChildCounts children, int adults, AgeBand band) {
        int more = 0;
        while (fits(children.plus(band, more + 1), adults)) {
            more++;
        }
        return more;
    }
}
