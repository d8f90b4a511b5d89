package org.lantern.ui.course;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.lantern.application.booking.Booked;
import org.lantern.application.booking.IdempotencyKey;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.application.booking.Requester;
import org.lantern.application.course.CourseBookings;
import org.lantern.application.course.CourseCatalogue;
import org.lantern.application.course.CourseChanges;
import org.lantern.application.course.CourseItem;
import org.lantern.application.course.CourseRequest;
import org.lantern.ui.clinic.NeedsJson;
import org.lantern.application.course.CourseScheduling;
import org.lantern.ui.CentreTime;
import org.lantern.ui.security.ClientAddress;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Counselling courses: a manager sets one up; anyone sees the courses with a free place, books one whole, and
 * changes it with reference and secret (one session moved or cancelled, or the sessions still to come).
 */
@RestController
@RequestMapping("/api/v1")
class CourseApi {

    static final int MAX_RANGE_DAYS = 62;

    private final CourseScheduling scheduling;
    private final CourseCatalogue catalogue;
    private final CourseBookings bookings;
    private final CourseChanges changes;
    private final CentreTime time;

    CourseApi(CourseScheduling scheduling, CourseCatalogue catalogue, CourseBookings bookings, CourseChanges changes,
              CentreTime time) {
        this.scheduling = scheduling;
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.changes = changes;
        this.time = time;
    }

    record NewCourse(String counsellor, String firstDate, String start, Integer weeks, String service) {
    }

    record CreatedCourse(String courseId, List<CourseJson.Session> sessions) {
    }

    record BookingBody(String courseId, String pseudonym, String contact, Boolean remindersMayNameService,
                       NeedsJson needs) {

        @Override
        public String toString() {
            return "BookingBody[" + courseId + "]";
        }
    }

    record MoveBody(String start) {
    }

    @PostMapping("/courses")
    Mono<ResponseEntity<CreatedCourse>> setUp(@RequestBody NewCourse body) {
        if (body.weeks() == null) {
            throw new InvalidInputException("error.course-weeks");
        }
        LocalDate first = parse(() -> LocalDate.parse(body.firstDate()), "error.date");
        LocalTime start = parse(() -> LocalTime.parse(body.start()), "error.time");
        return Blocking.call(() -> {
            CourseJson.Course course = CourseJson.Course.of(scheduling.setUp(body.service(), body.counsellor(), first, start,
                    body.weeks()), time);
            return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedCourse(course.courseId(),
                    course.sessions()));
        });
    }

    @GetMapping("/courses")
    Mono<List<CourseJson.Course>> courses(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_RANGE_DAYS))) {
            throw new InvalidInputException("error.date-range");
        }
        return Blocking.call(() -> catalogue.free(from, to).stream().map(c -> CourseJson.Course.of(c, time)).toList());
    }

    @PostMapping("/course-bookings")
    Mono<ResponseEntity<CourseJson.Created>> book(@RequestBody BookingBody body,
                                                 @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                 ServerWebExchange exchange) {
        Optional<IdempotencyKey> idempotencyKey = IdempotencyKey.parse(key);
        CourseRequest request = CourseRequest.of(body.courseId(), body.pseudonym(), body.contact(),
                body.remindersMayNameService(), exchange.getLocaleContext().getLocale(), NeedsJson.parse(body.needs()));
        return Blocking.call(() -> {
            Booked<CourseItem> booked = bookings.book(request, idempotencyKey,
                    Requester.of(ClientAddress.of(exchange), request.contact()));
            List<OffsetDateTime> starts = booked.item().sessions().stream()
                    .map(s -> time.at(s.date(), s.start())).toList();
            return ResponseEntity.created(URI.create("/api/v1/course-bookings/" + booked.reference()))
                    .body(new CourseJson.Created(booked.reference(), booked.secret(), starts));
        });
    }

    @GetMapping("/course-bookings/{reference}")
    Mono<CourseJson.Booking> find(@PathVariable String reference,
                                  @RequestHeader(name = "Booking-Secret", required = false) String secret) {
        return Blocking.call(() -> CourseJson.Booking.of(changes.find(reference, secret), time));
    }

    @PostMapping("/course-bookings/{reference}/sessions/{n}/move")
    Mono<CourseJson.Booking> move(@PathVariable String reference, @PathVariable String n, @RequestBody MoveBody body,
                                  @RequestHeader(name = "Booking-Secret", required = false) String secret) {
        int number = number(n);
        LocalDateTime to = start(body.start());
        return Blocking.call(() -> CourseJson.Booking.of(changes.move(reference, secret, number, to), time));
    }

    @DeleteMapping("/course-bookings/{reference}/sessions/{n}")
    Mono<CourseJson.Booking> cancelSession(@PathVariable String reference, @PathVariable String n,
                                           @RequestHeader(name = "Booking-Secret", required = false) String secret) {
        int number = number(n);
        return Blocking.call(() -> CourseJson.Booking.of(changes.cancelSession(reference, secret, number), time));
    }

    @DeleteMapping("/course-bookings/{reference}")
    Mono<ResponseEntity<Void>> cancel(@PathVariable String reference,
                                      @RequestHeader(name = "Booking-Secret", required = false) String secret) {
        return Blocking.call(() -> {
            changes.cancelCourse(reference, secret);
            return ResponseEntity.noContent().build();
        });
    }

    private static int number(String n) {
        try {
            int number = Integer.parseInt(n);
            if (number >= 1 && number <= 12) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, kindly
        }
        throw new InvalidInputException("error.course-session");
    }

    private LocalDateTime start(String start) {
        if (start == null) {
            throw new InvalidInputException("error.start");
        }
        try {
            return time.local(OffsetDateTime.parse(start));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.start");
        }
    }

    private static <T> T parse(Supplier<T> parser, String key) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw new InvalidInputException(key);
        }
    }
}
