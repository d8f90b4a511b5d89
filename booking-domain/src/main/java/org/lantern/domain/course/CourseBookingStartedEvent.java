package org.lantern.domain.course;

import java.time.LocalDateTime;
import org.axonframework.serialization.Revision;
import org.lantern.domain.booking.Holder;

/**
 * Someone's booking of the course has begun: the course's one place is theirs while its sessions are claimed one
 * by one. Until {@link CourseBookedEvent} or {@link CourseBookingAbandonedEvent} follows, it is unfinished, and a
 * restart finishes it (the recovery sweep abandons it and gives back what it claimed).
 */
@Revision("1")
public record CourseBookingStartedEvent(String courseId, Holder holder, LocalDateTime startedAt)
        implements CourseEvent {

    public String reference() {
        return holder.reference();
    }
}
