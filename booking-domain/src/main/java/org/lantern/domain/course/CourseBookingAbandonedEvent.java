package org.lantern.domain.course;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A booking of the course could not claim every session and gave back the ones it had: nothing of it is booked.
 * {@code clashes} are the dates that were taken (empty when it was abandoned after a crash).
 */
@Revision("1")
public record CourseBookingAbandonedEvent(String courseId, String reference, List<LocalDate> clashes,
                                          LocalDateTime abandonedAt) implements CourseEvent {
}
