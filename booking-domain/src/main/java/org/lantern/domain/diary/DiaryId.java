package org.lantern.domain.diary;

import java.time.LocalDate;
import java.util.Locale;

/** A diary is one clinician's one date; the clinician's name is compared without case or surrounding space. */
public final class DiaryId {

    private DiaryId() {
    }

    public static String of(String clinician, LocalDate date) {
        return "diary~" + date + "~" + normalise(clinician);
    }

    public static String normalise(String clinician) {
        return clinician.strip().toLowerCase(Locale.ROOT);
    }
}
