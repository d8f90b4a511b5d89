package org.lantern.ui.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.lantern.application.audit.AuditEvent;
import org.lantern.ui.audit.AuditLog;
import org.lantern.ui.staff.StaffAccounts;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sign-ins, failed sign-ins and sign-outs become audit events. A failed attempt names the account only when
 * one of that name exists: what someone typed into the username box may be a password typed in the wrong box.
 */
@Component
class SignInEvents {

    private final AuditLog audit;
    private final StaffAccounts accounts;
    private final RateLimits limits;

    SignInEvents(AuditLog audit, StaffAccounts accounts, RateLimits limits) {
        this.audit = audit;
        this.accounts = accounts;
        this.limits = limits;
    }

    ServerAuthenticationSuccessHandler formSuccess() {
        RedirectServerAuthenticationSuccessHandler redirect = new RedirectServerAuthenticationSuccessHandler("/staff");
        return (exchange, authentication) -> audit.recordLater(AuditEvent.Type.SIGNED_IN, authentication.getName(),
                        null, ClientAddress.of(exchange.getExchange()), "form")
                .then(redirect.onAuthenticationSuccess(exchange, authentication));
    }

    ServerAuthenticationFailureHandler formFailure() {
        RedirectServerAuthenticationFailureHandler redirect =
                new RedirectServerAuthenticationFailureHandler("/staff/sign-in?error");
        return (exchange, failure) -> failed(exchange.getExchange(), "form", exchange.getExchange().getFormData()
                        .mapNotNull(form -> form.getFirst("username")))
                .then(redirect.onAuthenticationFailure(exchange, failure));
    }

    /** HTTP Basic: each failure also counts against the address's sign-in limit. */
    ServerAuthenticationFailureHandler apiFailure(ApiProblems problems) {
        ServerAuthenticationEntryPointFailureHandler answer = new ServerAuthenticationEntryPointFailureHandler(problems);
        return (WebFilterExchange exchange, AuthenticationException failure) -> {
            limits.signInFailed(ClientAddress.of(exchange.getExchange()));
            return failed(exchange.getExchange(), "api", Mono.justOrEmpty(basicUsername(exchange.getExchange())))
                    .then(answer.onAuthenticationFailure(exchange, failure));
        };
    }

    ServerLogoutHandler signOut() {
        return (WebFilterExchange exchange, Authentication authentication) -> authentication == null
                || authentication instanceof AnonymousAuthenticationToken ? Mono.empty()
                : audit.recordLater(AuditEvent.Type.SIGNED_OUT, authentication.getName(), null,
                        ClientAddress.of(exchange.getExchange()), null);
    }

    private static String basicUsername(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Mono<Void> failed(ServerWebExchange exchange, String channel, Mono<String> typedName) {
        return typedName.defaultIfEmpty("")
                .flatMap(typed -> Blocking.call(() -> accounts.find(typed).map(a -> a.username()).orElse("")))
                .flatMap(known -> audit.recordLater(AuditEvent.Type.SIGN_IN_FAILED, known.isEmpty() ? null : known,
                        null, ClientAddress.of(exchange), channel));
    }
}
