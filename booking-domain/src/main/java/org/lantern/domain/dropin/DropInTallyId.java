package org.lantern.domain.dropin;

import java.time.LocalDate;

/** One tally per day: {@code dropin~2026-12-01}. */
public final class DropInTallyId {

    private DropInTallyId() {
    }

    public static String of(LocalDate date) {
        return "dropin~" + date;
    }
}
