package org.lantern.ui.web;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/** What every page needs: the CSRF token for its forms, and where the language switcher leads. */
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

    /**
     * The same page, with the same query, in another language. A page drawn from a form post cannot be fetched
     * again by a link: such a page names a form of its own ({@code langForm}, "Pages: the conventions" in
     * DEVELOPERS.md) and the switcher sends that form again instead; without one, the start page.
     */
    @ModelAttribute("langPath")
    String langPath(ServerWebExchange exchange) {
        if (exchange.getRequest().getMethod() != HttpMethod.GET) {
            return "/";
        }
        return UriComponentsBuilder.fromPath(exchange.getRequest().getPath().pathWithinApplication().value())
                .queryParams(exchange.getRequest().getQueryParams()).replaceQueryParam("lang").build().encode()
                .toUriString();
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return LanguageResolver.CODES;
    }
}
