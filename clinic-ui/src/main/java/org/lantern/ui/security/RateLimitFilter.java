package org.lantern.ui.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Counts the requests a client address makes to book, to look up a booking with its secret and to sign in,
 * before anything else is done with them. Runs inside both security chains, so a 429 carries the same
 * security headers as every other answer.
 */
class RateLimitFilter implements WebFilter {

    private static final ServerWebExchangeMatcher BOOKING = new OrServerWebExchangeMatcher(
            pathMatchers(POST, "/book", "/night/book", "/courses"), pathMatchers(POST, "/api/v1/bookings", "/api/v1/night-bookings",
                    "/api/v1/course-bookings"));
    private static final ServerWebExchangeMatcher LOOKUP = new OrServerWebExchangeMatcher(
            pathMatchers(POST, "/my-booking", "/my-booking/cancel", "/my-booking/accept", "/my-booking/data", "/my-booking/data.json",
                    "/my-booking/forget", "/my-booking/forget/confirm", "/my-booking/course/move",
                    "/my-booking/course/cancel-session"),
            pathMatchers(GET, "/api/v1/bookings/*", "/api/v1/bookings/*/personal-data", "/api/v1/night-bookings/*",
                    "/api/v1/tickets/*"),
            // a ticket's code opens its place in the queue: guessing codes is held back like guessing secrets
            pathMatchers(POST, "/ticket"),
            pathMatchers(POST, "/api/v1/night-bookings/*/accept", "/api/v1/course-bookings/*/sessions/*/move",
                    "/api/v1/bookings/*/move", "/my-booking/move"),
            pathMatchers(GET, "/api/v1/course-bookings/*"),
            pathMatchers(DELETE, "/api/v1/bookings/*", "/api/v1/bookings/*/personal-data",
                    "/api/v1/night-bookings/*", "/api/v1/course-bookings/*", "/api/v1/course-bookings/*/sessions/*"));
    private static final ServerWebExchangeMatcher SIGN_IN = pathMatchers(POST, "/staff/sign-in");

    private final RateLimits limits;

    RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return apply(exchange, BOOKING, limits::booking)
                .then(apply(exchange, LOOKUP, limits::lookup))
                .then(apply(exchange, SIGN_IN, limits::signInAttempt))
                .then(Mono.defer(() -> {
                    if (exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                        limits.signInAllowed(ClientAddress.of(exchange));
                    }
                    return chain.filter(exchange);
                }));
    }

    private static Mono<Void> apply(ServerWebExchange exchange, ServerWebExchangeMatcher matcher,
                                    Consumer<String> limit) {
        return matcher.matches(exchange).filter(ServerWebExchangeMatcher.MatchResult::isMatch)
                .doOnNext(match -> limit.accept(ClientAddress.of(exchange))).then();
    }
}
