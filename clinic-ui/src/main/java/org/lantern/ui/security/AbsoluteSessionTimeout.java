package org.lantern.ui.security;

import java.time.Clock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Ends a session that began longer ago than the absolute time-out, however busy it has been, before Spring
 * Security reads the signed-in person from it. The person then meets the sign-in page as after signing out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AbsoluteSessionTimeout implements WebFilter {

    private final SessionSettings settings;
    private final Clock clock;

    AbsoluteSessionTimeout(SessionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getSession()
                .flatMap(session -> tooOld(session) ? session.invalidate() : Mono.empty())
                .then(chain.filter(exchange));
    }

    private boolean tooOld(WebSession session) {
        return session.isStarted()
                && session.getCreationTime().plus(settings.absoluteTimeout()).isBefore(clock.instant());
    }
}
