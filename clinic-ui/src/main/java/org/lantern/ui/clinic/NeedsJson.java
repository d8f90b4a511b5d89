package org.lantern.ui.clinic;

import java.util.List;
import org.lantern.domain.booking.Needs;

/**
 * A person's needs as the API takes them: {@code access} is their own words (a string) or ticks (an array of
 * {@code step-free}, {@code quiet-room}, {@code large-print}). {@link #toString()} shows none of it.
 */
public record NeedsJson(String clinicianGender, String interpreter, Object access) {

    /** {@link Needs#NONE} for no needs at all; refuses what does not fit with a kind key. */
    public static Needs parse(NeedsJson json) {
        if (json == null) {
            return Needs.NONE;
        }
        if (json.access() == null || json.access() instanceof String) {
            return Needs.of(json.clinicianGender(), json.interpreter(), List.of(), (String) json.access());
        }
        if (json.access() instanceof List<?> ticks && ticks.stream().allMatch(String.class::isInstance)) {
            return Needs.of(json.clinicianGender(), json.interpreter(), ticks.stream().map(String.class::cast).toList(),
                    null);
        }
        throw new Needs.Invalid("error.needs-access");
    }

    @Override
    public String toString() {
        return "NeedsJson";
    }
}
