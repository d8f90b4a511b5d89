package org.lantern.domain.course;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** A course's id names its first date ({@code course~2026-12-01~k3j9x2ab}); nothing personal goes into it. */
public record CourseId(String value) {

    private static final Pattern FORM = Pattern.compile("course~\\d{4}-\\d{2}-\\d{2}~[a-z0-9]{4,16}");

    public CourseId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a course id");
        }
    }

    public static CourseId of(LocalDate firstDate, String suffix) {
        return new CourseId("course~" + firstDate + "~" + suffix);
    }

    /** Empty for text that cannot be a course id. */
    public static Optional<CourseId> parse(String text) {
        if (text == null || text.length() > 64 || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate.parse(text.substring(7, 17));
            return Optional.of(new CourseId(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
