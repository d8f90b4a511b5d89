package org.lantern.ui.security;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A refused page request (a missing role, a form without its CSRF token) goes on to the error page as a 403,
 * so the person sees a kind page in their language instead of a bare text body.
 */
class PageAccessDenied extends ResponseStatusException {

    PageAccessDenied(AccessDeniedException cause) {
        super(HttpStatus.FORBIDDEN, null, cause);
    }

    static ServerAccessDeniedHandler handler() {
        return (ServerWebExchange exchange, AccessDeniedException denied) -> Mono.error(new PageAccessDenied(denied));
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
