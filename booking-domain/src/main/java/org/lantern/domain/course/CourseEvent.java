package org.lantern.domain.course;

/** The events of one course's stream; each carries what its readers need. */
public sealed interface CourseEvent permits CourseSetUpEvent, CourseBookingStartedEvent, CourseBookedEvent,
        CourseBookingAbandonedEvent, CourseBookingCancelledEvent {

    String courseId();
}
