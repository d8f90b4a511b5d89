package org.lantern.ui.web;

import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;

/** Every failure of an API controller becomes problem+json. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionAdvice {

    private final Problems problems;

    ApiExceptionAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Throwable.class)
    ResponseEntity<ProblemDetail> handle(Throwable error, ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        ProblemDetail problem = problems.of(error, locale == null ? Locale.ENGLISH : locale);
        return ResponseEntity.status(problem.getStatus()).headers(Problems.headersOf(error)).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
