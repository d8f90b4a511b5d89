package org.lantern.ui.security;

import org.lantern.ui.web.TooManyRequestsException;

import java.util.Map;
import org.lantern.ui.web.LanguageResolver;
import org.springframework.http.HttpMethod;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webflux.error.DefaultErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;

/**
 * Gives the error page the key of a kind sentence for what went wrong, and never the exception's own text.
 * A 429 also keeps its Retry-After header.
 */
@Component
class ErrorPageMessages extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(ServerRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Throwable error = getError(request);
        if (error instanceof TooManyRequestsException limited) {
            request.exchange().getResponse().getHeaders()
                    .set(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
        }
        attributes.put("messageKey", messageKey(error, (Integer) attributes.get("status")));
        String path = request.path();
        attributes.put("staffPage", path.startsWith("/staff") && !path.equals("/staff/sign-in"));
        attributes.put("languages", LanguageResolver.CODES);
        attributes.put("langPath", HttpMethod.GET.equals(request.method()) ? path : "/");
        return attributes;
    }

    static String messageKey(Throwable error, Integer status) {
        if (error instanceof TooManyRequestsException limited) {
            return limited.messageKey();
        }
        if (error instanceof PageAccessDenied denied) {
            return denied.getCause() instanceof CsrfException ? "problem.csrf" : "problem.forbidden";
        }
        return switch (status == null ? 500 : status) {
            case 400 -> "problem.bad-request";
            case 403 -> "problem.forbidden";
            case 404 -> "problem.404";
            case 405 -> "problem.405";
            case 413 -> "problem.413";
            case 429 -> "problem.429";
            default -> "problem.500";
        };
    }
}
