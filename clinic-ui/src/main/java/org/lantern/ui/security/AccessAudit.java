package org.lantern.ui.security;

import org.lantern.application.audit.AuditEvent;
import org.lantern.ui.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Records every refused access (any 403: a missing role, a service the role may not see, a form without its
 * CSRF token) as an audit event with who asked and for which route. First in each chain, so nothing escapes it.
 * The client address is kept only when a member of staff was signed in: a refusal with nobody signed in is
 * most often a service user's expired form, and their address has no place in a log kept for months.
 */
class AccessAudit implements WebFilter {

    static final String ACTOR = AccessAudit.class.getName() + ".actor";
    private final AuditLog audit;

    AccessAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> HttpStatus.FORBIDDEN.equals(exchange.getResponse().getStatusCode())
                ? actor(exchange).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(actor -> audit.recordLater(AuditEvent.Type.ACCESS_REFUSED, actor.orElse(null), null,
                        actor.isPresent() ? ClientAddress.of(exchange) : null,
                        exchange.getRequest().getMethod().name() + " "
                                + exchange.getRequest().getPath().value()))
                : Mono.empty());
        return chain.filter(exchange);
    }

    /** Who was signed in: known once authenticated; for a refusal before that, read from the session. */
    private static Mono<String> actor(ServerWebExchange exchange) {
        String known = exchange.getAttribute(ACTOR);
        if (known != null) {
            return Mono.just(known);
        }
        return exchange.getSession().flatMap(session -> Mono.justOrEmpty(session.<SecurityContext>getAttribute(
                        WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME)))
                .flatMap(context -> Mono.justOrEmpty(context.getAuthentication()))
                .map(authentication -> authentication.getName());
    }
}
