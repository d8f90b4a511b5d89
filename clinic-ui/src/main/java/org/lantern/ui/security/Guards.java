package org.lantern.ui.security;

import org.lantern.ui.audit.AuditLog;
import org.lantern.ui.staff.StaffAccounts;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;

/**
 * The filters both chains share: refusals are audited first of all, rate limits come before any work
 * (and before CSRF, so requests without a token count too), and the account is checked once signed in.
 */
record Guards(RateLimits limits, StaffAccounts accounts, AuditLog audit, SignInEvents signIns) {

    ServerHttpSecurity apply(ServerHttpSecurity http, ServerAccessDeniedHandler apiRefusal) {
        return http.addFilterAt(new AccessAudit(audit), SecurityWebFiltersOrder.FIRST)
                .addFilterBefore(new RateLimitFilter(limits), SecurityWebFiltersOrder.CSRF)
                .addFilterAfter(new AccountCheck(accounts, audit, apiRefusal),
                        SecurityWebFiltersOrder.SECURITY_CONTEXT_SERVER_WEB_EXCHANGE);
    }
}
