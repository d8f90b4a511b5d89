package org.lantern.ui.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What every page needs: the CSRF token for its forms, and where the language links lead. */
@ControllerAdvice(annotations = Controller.class)
class PageAdvice {

    /** WebFlux creates the CSRF token lazily; subscribing here lets every th:action form carry it. */
    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return Mono.empty();
        }
        return token.doOnSuccess(t -> exchange.getAttributes()
                .put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, t));
    }

    /** The same page in another language; after a form post, the start page (a post cannot be repeated). */
    @ModelAttribute("langPath")
    String langPath(ServerWebExchange exchange) {
        return exchange.getRequest().getMethod() == HttpMethod.GET ? exchange.getRequest().getPath().value() : "/";
    }
}
