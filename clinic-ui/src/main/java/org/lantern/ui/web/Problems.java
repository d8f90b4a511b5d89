package org.lantern.ui.web;

import java.time.DateTimeException;
import java.util.Locale;
import org.lantern.application.course.CourseClash;
import org.lantern.domain.booking.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns any failure into an RFC 9457 problem with a kind sentence from the message bundles. Nothing of the
 * exception's own text reaches the caller, and only its type reaches the log: messages may hold input.
 */
@Component
public class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(Throwable error, Locale locale) {
        if (error instanceof CourseClash clash) {
            return courseClash(clash, locale);
        }
        if (error instanceof Refusal refused) {
            return problem(statusOf(refused), refused.messageKey(), locale);
        }
        if (error instanceof org.springframework.security.access.AccessDeniedException) {
            return problem(HttpStatus.FORBIDDEN, "problem.forbidden", locale);
        }
        if (error instanceof ServerWebInputException || error instanceof DateTimeException) {
            // DateTimeException: a date or time that parses but lies outside what the calendar can hold
            return problem(HttpStatus.BAD_REQUEST, "problem.bad-request", locale);
        }
        if (error instanceof TooManyRequestsException limited) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, limited.messageKey(), locale);
        }
        if (error instanceof ResponseStatusException rse) {
            return problem(rse.getStatusCode(), "problem." + rse.getStatusCode().value(), locale);
        }
        log.error("Unexpected failure: {}", error.getClass().getName());
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.500", locale);
    }

    /** A course that could not be booked whole: which dates clash, and the next course that is wholly free. */
    private ProblemDetail courseClash(CourseClash clash, Locale locale) {
        ProblemDetail problem = problem(statusOf(clash), clash.messageKey(), locale);
        problem.setProperty("clashes", clash.clashes().stream().map(Object::toString).toList());
        problem.setProperty("next", clash.next().map(c -> java.util.Map.of("courseId", c.courseId(),
                "firstDate", c.firstDate().toString(), "start", c.sessions().get(0).start().toString(),
                "weeks", c.sessions().size())).orElse(null));
        return problem;
    }

    /** Headers the answer must carry, such as Retry-After on a 429. */
    public static HttpHeaders headersOf(Throwable error) {
        return error instanceof ResponseStatusException rse ? rse.getHeaders() : HttpHeaders.EMPTY;
    }

    public String message(String key, Locale locale) {
        return messages.getMessage(key, null, messages.getMessage("problem.generic", null, locale), locale);
    }

    private ProblemDetail problem(HttpStatusCode status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(key, locale));
        problem.setProperty("code", key);
        return problem;
    }

    /** The sentence a page shows for a refusal: a person never reads about the form's own retry key. */
    public static String pageMessage(Refusal refusal) {
        return "error.idempotency-key-busy".equals(refusal.messageKey()) ? "page.booking-busy"
                : refusal.messageKey();
    }

    /** The one place a refusal's kind becomes an HTTP status. */
    public static HttpStatus statusOf(Refusal refusal) {
        return switch (refusal.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
    }
}
