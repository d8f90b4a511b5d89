package org.lantern.domain.course;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Session {@code n} (from 1) of a booked course: the session that holds it and the reference of its place there
 * ({@link CourseReferences#session}).
 */
public record CoursePlace(int n, String sessionId, LocalDate date, LocalTime start, LocalTime end,
                          String sessionReference) {
}
