package org.lantern.domain.booking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a person may ask for when booking, for any service: a clinician or counsellor of a given gender, an
 * interpreter in a given language, access needs (ticks, or up to {@value #MAX_ACCESS} characters in their own
 * words). All optional and all personal data: it travels only sealed under the person's key (one sealed field
 * of the {@link Holder}, {@link #encode()}), and {@link #toString()} names none of it.
 *
 * @param clinicianGender one of {@link #GENDERS}, or null
 * @param interpreter     the language the person asked an interpreter for, or null
 * @param access          the person's own words, or null
 */
public record Needs(String clinicianGender, String interpreter, Set<AccessTick> ticks, String access) {

    public static final int MAX_ACCESS = 200;
    public static final int MAX_INTERPRETER = 40;
    /** The genders a person may ask for, and that staff may state for themselves. */
    public static final List<String> GENDERS = List.of("woman", "man", "non-binary");
    public static final Needs NONE = new Needs(null, null, Set.of(), null);

    /** The access needs a person can tick instead of writing. */
    public enum AccessTick {
        STEP_FREE("step-free"), QUIET_ROOM("quiet-room"), LARGE_PRINT("large-print");

        private final String code;

        AccessTick(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<AccessTick> fromCode(String code) {
            return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
        }
    }

    /** Why a value was refused: a kind sentence about what the person typed (400), naming none of it. */
    public static final class Invalid extends Refusal {

        private final String messageKey;

        public Invalid(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        @Override
        public String code() {
            return messageKey;
        }

        @Override
        public Kind kind() {
            return Kind.INVALID;
        }

        @Override
        public String messageKey() {
            return messageKey;
        }
    }

    public Needs {
        ticks = ticks == null || ticks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ticks));
        clinicianGender = blankToNull(clinicianGender);
        interpreter = blankToNull(interpreter);
        access = blankToNull(access);
        if (clinicianGender != null && !GENDERS.contains(clinicianGender)) {
            throw new Invalid("error.needs-gender");
        }
        if (interpreter != null && (interpreter.length() > MAX_INTERPRETER
                || !interpreter.matches("[\\p{L}\\p{M} ()'-]+"))) {
            throw new Invalid("error.needs-interpreter");
        }
        if (access != null && (access.codePointCount(0, access.length()) > MAX_ACCESS
                || access.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'))) {
            throw new Invalid("error.needs-access");
        }
    }

    /** Normalises what a person typed or ticked; refuses with {@link Invalid}. */
    public static Needs of(String clinicianGender, String interpreter, List<String> ticks, String access) {
        Set<AccessTick> ticked = EnumSet.noneOf(AccessTick.class);
        for (String code : ticks == null ? List.<String>of() : ticks) {
            ticked.add(AccessTick.fromCode(code == null ? "" : code.strip())
                    .orElseThrow(() -> new Invalid("error.needs-access")));
        }
        String gender = clinicianGender == null ? null : clinicianGender.strip().toLowerCase(Locale.ROOT);
        return new Needs(gender, interpreter, ticked, access);
    }

    public boolean isEmpty() {
        return clinicianGender == null && interpreter == null && ticks.isEmpty() && access == null;
    }

    /** Whether reception has something to arrange before the person arrives. */
    public boolean needsArranging() {
        return interpreter != null || !ticks.isEmpty() || access != null;
    }

    public List<String> tickCodes() {
        return ticks.stream().sorted().map(AccessTick::code).toList();
    }

    /** One line per field, for sealing as one value: gender, interpreter, ticks, then the free text. */
    public String encode() {
        return String.join("\n", nullToEmpty(clinicianGender), nullToEmpty(interpreter),
                String.join(",", tickCodes()), nullToEmpty(access));
    }

    public static Needs decode(String encoded) {
        String[] parts = encoded.split("\n", 4);
        List<String> ticks = parts.length > 2 && !parts[2].isEmpty() ? List.of(parts[2].split(",")) : List.of();
        return of(part(parts, 0), part(parts, 1), new ArrayList<>(ticks), part(parts, 3));
    }

    private static String part(String[] parts, int i) {
        return parts.length > i ? parts[i] : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        return isEmpty() ? "Needs[none]" : "Needs[given]";
    }
}
