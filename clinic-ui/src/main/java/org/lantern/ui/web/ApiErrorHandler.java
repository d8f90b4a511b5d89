package org.lantern.ui.web;

import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Failures outside any controller (an unknown /api route, a wrong method) become problem+json too, before
 * Spring Boot's default handler could answer with its own JSON shape. Pages fall through to the error page.
 */
@Component
@Order(-2)
class ApiErrorHandler implements WebExceptionHandler {

    private final Problems problems;
    private final JsonMapper json;

    ApiErrorHandler(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/") || exchange.getResponse().isCommitted()) {
            // an oversized form is the sender's doing: a kind 413 page, not a 500 with a stack trace in the log
            return Mono.error(error instanceof DataBufferLimitException
                    ? new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE) : error);
        }
        Locale locale = exchange.getLocaleContext().getLocale();
        ProblemDetail problem = problems.of(error, locale == null ? Locale.ENGLISH : locale);
        exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        exchange.getResponse().getHeaders().addAll(Problems.headersOf(error));
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(problem);
        return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
    }
}
