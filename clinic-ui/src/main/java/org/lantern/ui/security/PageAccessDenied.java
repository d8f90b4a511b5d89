package org.lantern.ui.security;

import java.util.List;
import java.util.Optional;
import org.lantern.ui.web.ExpiredForm;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A refused page request (a missing role, a form without its CSRF token) goes on to the error page as a 403,
 * so the person sees a kind page in their language instead of a bare text body. A public form whose page
 * session ran out while it was open goes back to its page with what was typed ({@link ExpiredForm}).
 */
class PageAccessDenied extends ResponseStatusException {

    PageAccessDenied(AccessDeniedException cause) {
        super(HttpStatus.FORBIDDEN, null, cause);
    }

    static ServerAccessDeniedHandler handler() {
        return handler(List.of());
    }

    static ServerAccessDeniedHandler handler(List<ExpiredForm> forms) {
        return (ServerWebExchange exchange, AccessDeniedException denied) -> {
            if (!(denied instanceof CsrfException) || exchange.getRequest().getMethod() != HttpMethod.POST
                    || forms.isEmpty()) {
                return Mono.error(new PageAccessDenied(denied));
            }
            String path = exchange.getRequest().getPath().pathWithinApplication().value();
            return Mono.zip(exchange.getFormData(), exchange.getSession())
                    .map(both -> forms.stream().map(f -> f.keep(path, both.getT1(), both.getT2()))
                            .flatMap(Optional::stream).findFirst())
                    .flatMap(page -> page.<Mono<Void>>map(uri -> {
                        exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
                        exchange.getResponse().getHeaders().setLocation(uri);
                        return exchange.getResponse().setComplete();
                    }).orElseGet(() -> Mono.error(new PageAccessDenied(denied))));
        };
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
