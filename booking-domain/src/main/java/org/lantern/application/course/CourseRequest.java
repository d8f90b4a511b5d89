package org.lantern.application.course;

import java.util.Locale;
import java.util.Optional;
import org.lantern.application.booking.BookingRequest;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.Pseudonyms;
import org.lantern.application.booking.ReminderContact;
import org.lantern.domain.booking.Needs;
import org.lantern.domain.course.CourseId;
import org.lantern.domain.course.CourseRefusal;

/** A person asks for a whole course. {@link #toString()} leaves out every personal field. */
public record CourseRequest(CourseId courseId, String pseudonym, Optional<ReminderContact> contact,
                            boolean remindersMayNameService, Locale language, Needs needs)
        implements BookingRequest {

    /** Normalises and checks the person's input; refuses with a kind message key. */
    public static CourseRequest of(String courseId, String rawPseudonym, String rawContact, Boolean mayNameService,
                                   Locale language) {
        return of(courseId, rawPseudonym, rawContact, mayNameService, language, Needs.NONE);
    }

    /** As above, with what the person asked for (sealed with the pseudonym on every session of the course). */
    public static CourseRequest of(String courseId, String rawPseudonym, String rawContact, Boolean mayNameService,
                                   Locale language, Needs needs) {
        String pseudonym = Pseudonyms.normalise(rawPseudonym)
                .orElseThrow(() -> new InvalidInputException("error.pseudonym"));
        Optional<ReminderContact> contact = ReminderContact.parse(rawContact);
        CourseId course = CourseId.parse(courseId)
                .orElseThrow(() -> new CourseRefusal(CourseRefusal.Reason.COURSE_NOT_FOUND));
        return new CourseRequest(course, pseudonym, contact, contact.isPresent() && Boolean.TRUE.equals(mayNameService),
                language == null ? Locale.ENGLISH : language, needs == null ? Needs.NONE : needs);
    }

    @Override
    public String fingerprint() {
        return "course\n" + courseId + '\n' + personalFingerprint();
    }

    @Override
    public String toString() {
        return "CourseRequest[" + courseId + "]";
    }
}
