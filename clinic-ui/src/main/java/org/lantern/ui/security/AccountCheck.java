package org.lantern.ui.security;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lantern.application.audit.AuditEvent;
import org.lantern.ui.audit.AuditLog;
import org.lantern.application.staff.Role;
import org.lantern.application.staff.StaffAccount;
import org.lantern.ui.staff.StaffAccounts;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * On every signed-in request, reads the account again (one look-up by key): a disabled account, or one whose
 * roles changed, loses its session at once; one that must change its password is sent to do that first.
 */
class AccountCheck implements WebFilter {

    static final String PASSWORD_PAGE = "/staff/password";
    private static final Set<String> OPEN_WHILE_CHANGING = Set.of(PASSWORD_PAGE, "/staff/sign-out");

    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final ServerAccessDeniedHandler apiRefusal;

    /** For the pages: a session. For the API: {@code apiRefusal} answers a password that must change first. */
    AccountCheck(StaffAccounts accounts, AuditLog audit, ServerAccessDeniedHandler apiRefusal) {
        this.accounts = accounts;
        this.audit = audit;
        this.apiRefusal = apiRefusal;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext().map(SecurityContext::getAuthentication)
                .filter(a -> a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken))
                .map(who -> Blocking.call(() -> accounts.find(who.getName()))
                        .flatMap(account -> check(exchange, chain, who, account)))
                .defaultIfEmpty(Mono.defer(() -> chain.filter(exchange)))
                .flatMap(next -> next);
    }

    private Mono<Void> check(ServerWebExchange exchange, WebFilterChain chain, Authentication who,
                             Optional<StaffAccount> found) {
        if (found.isEmpty() || !found.get().enabled() || !sameRoles(who, found.get())) {
            return endSession(exchange, chain, who);
        }
        exchange.getAttributes().put(AccessAudit.ACTOR, who.getName());
        if (found.get().mustChangePassword() && !OPEN_WHILE_CHANGING.contains(exchange.getRequest().getPath().value())) {
            return apiRefusal != null
                    ? apiRefusal.handle(exchange, new AccessDeniedException("password change required"))
                    : redirect(exchange, PASSWORD_PAGE);
        }
        return chain.filter(exchange);
    }

    /** The rest of the request goes on as if nobody had signed in: a staff page then asks to sign in. */
    private Mono<Void> endSession(ServerWebExchange exchange, WebFilterChain chain, Authentication who) {
        return audit.recordLater(AuditEvent.Type.SESSION_ENDED, who.getName(), who.getName(),
                        ClientAddress.of(exchange), null)
                .then(exchange.getSession().flatMap(WebSession::invalidate))
                .then(chain.filter(exchange).contextWrite(ReactiveSecurityContextHolder.clearContext()));
    }

    private static boolean sameRoles(Authentication who, StaffAccount account) {
        Set<String> held = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).collect(Collectors.toSet());
        return held.equals(account.roles().stream().map(Role::name).map(r -> "ROLE_" + r).collect(Collectors.toSet()));
    }

    private static Mono<Void> redirect(ServerWebExchange exchange, String path) {
        exchange.getResponse().setStatusCode(exchange.getRequest().getMethod() == HttpMethod.GET
                ? HttpStatus.FOUND : HttpStatus.SEE_OTHER);
        exchange.getResponse().getHeaders().setLocation(URI.create(path));
        return exchange.getResponse().setComplete();
    }
}
