package org.lantern.ui.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import java.net.URI;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import java.util.List;
import org.lantern.ui.web.ExpiredForm;
import org.lantern.ui.audit.AuditLog;
import org.lantern.ui.staff.StaffAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;

/**
 * Two chains: the JSON API (HTTP Basic, stateless, no session, so no CSRF) and the pages (a sign-in form,
 * a session, CSRF on every form). Anything not listed is refused. docs/security.md holds the matrix, and
 * SecurityMatrixTest walks every cell of it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    static final String[] DAY_LIST_ROLES = {"CLINICIAN", "RECEPTION", "MANAGER", "COUNSELLOR", "POLICE_LIAISON"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain apiChain(ServerHttpSecurity http, ApiProblems problems, Guards guards) {
        return guards.apply(headers(http), (exchange, denied) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                        "problem.password-change-required"))
                .securityMatcher(pathMatchers("/api/**"))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems)
                        .authenticationFailureHandler(guards.signIns().apiFailure(problems)))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeExchange(ex -> ex
                        .pathMatchers(GET, "/api/v1/availability").permitAll()
                        .pathMatchers(POST, "/api/v1/bookings").permitAll()
                        .pathMatchers(GET, "/api/v1/bookings/*").permitAll()
                        .pathMatchers(DELETE, "/api/v1/bookings/*").permitAll()
                        .pathMatchers(GET, "/api/v1/bookings/*/personal-data").permitAll()
                        .pathMatchers(DELETE, "/api/v1/bookings/*/personal-data").permitAll()
                        .pathMatchers(POST, "/api/v1/bookings/*/erasure").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/bookings/*/arrival", "/api/v1/bookings/*/left")
                        .hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(DELETE, "/api/v1/bookings/*/no-show").hasAnyRole("RECEPTION", "MANAGER")
                        // clinicians, counsellors and the police liaison officer: their own sessions (Attendance)
                        .pathMatchers(POST, "/api/v1/bookings/*/seen", "/api/v1/bookings/*/no-show")
                        .hasAnyRole(DAY_LIST_ROLES)
                        .pathMatchers(GET, "/api/v1/staff").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/staff").hasRole("MANAGER")
                        .pathMatchers(PUT, "/api/v1/staff/*/roles").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/staff/*/disable", "/api/v1/staff/*/enable",
                                "/api/v1/staff/*/force-password-change").hasRole("MANAGER")
                        .pathMatchers(GET, "/api/v1/audit").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/disclosures").hasRole("MANAGER")
                        .pathMatchers(GET, "/api/v1/dead-letters").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/dead-letters/*/retry").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/sessions").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/courses").hasRole("MANAGER")
                        .pathMatchers(GET, "/api/v1/courses").permitAll()
                        .pathMatchers(POST, "/api/v1/course-bookings").permitAll()
                        .pathMatchers(GET, "/api/v1/course-bookings/*").permitAll()
                        .pathMatchers(DELETE, "/api/v1/course-bookings/*").permitAll()
                        .pathMatchers(POST, "/api/v1/course-bookings/*/sessions/*/move").permitAll()
                        .pathMatchers(DELETE, "/api/v1/course-bookings/*/sessions/*").permitAll()
                        .pathMatchers(GET, "/api/v1/day-list", "/api/v1/my-day").hasAnyRole(DAY_LIST_ROLES)
                        .pathMatchers(GET, "/api/v1/dashboard", "/api/v1/dashboard/stream")
                        .hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(GET, "/api/v1/nights").permitAll()
                        .pathMatchers(POST, "/api/v1/nights", "/api/v1/night-patterns").hasRole("MANAGER")
                        .pathMatchers(PUT, "/api/v1/nights/*/roster").hasAnyRole("NIGHT_STAFF", "MANAGER")
                        .pathMatchers(POST, "/api/v1/night-bookings").permitAll()
                        .pathMatchers(GET, "/api/v1/night-bookings/*").permitAll()
                        .pathMatchers(DELETE, "/api/v1/night-bookings/*").permitAll()
                        .pathMatchers(POST, "/api/v1/night-bookings/*/accept").permitAll()
                        .pathMatchers(POST, "/api/v1/night-bookings/*/check-in", "/api/v1/night-bookings/*/check-out")
                        .hasAnyRole("NIGHT_STAFF", "MANAGER")
                        .pathMatchers(GET, "/api/v1/night-board", "/api/v1/night-board/stream")
                        .hasAnyRole("NIGHT_STAFF", "MANAGER")
                        .pathMatchers(POST, "/api/v1/walk-ins", "/api/v1/walk-ins/*/priority", "/api/v1/walk-ins/*/call",
                                "/api/v1/walk-ins/*/return", "/api/v1/walk-ins/*/seen", "/api/v1/walk-ins/*/left",
                                "/api/v1/queue/next").hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(GET, "/api/v1/queue", "/api/v1/board", "/api/v1/board/stream")
                        .hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(GET, "/api/v1/tickets/*", "/api/v1/waiting-room").permitAll()
                        .pathMatchers(POST, "/api/v1/reception/bookings").hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(GET, "/api/v1/reception/bookings/*").hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(DELETE, "/api/v1/reception/bookings/*").hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(POST, "/api/v1/rotas", "/api/v1/rotas/*/cancel", "/api/v1/rotas/*/change")
                        .hasRole("MANAGER")
                        .pathMatchers(GET, "/api/v1/rotas").hasRole("MANAGER")
                        .pathMatchers(DELETE, "/api/v1/sessions/*").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/sessions/*/move").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/bookings/*/move").permitAll()
                        .pathMatchers(GET, "/api/v1/statistics").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/drop-in-visits").hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(GET, "/api/v1/partners").permitAll()
                        .pathMatchers(POST, "/api/v1/partners").hasRole("MANAGER")
                        .pathMatchers(DELETE, "/api/v1/partners/*").hasRole("MANAGER")
                        .pathMatchers(GET, "/api/v1/services").permitAll()
                        .pathMatchers(POST, "/api/v1/services").hasRole("MANAGER")
                        .pathMatchers(PUT, "/api/v1/services/*").hasRole("MANAGER")
                        .pathMatchers(GET, "/api/v1/sites").permitAll()
                        .pathMatchers(POST, "/api/v1/sites").hasRole("MANAGER")
                        .pathMatchers(PUT, "/api/v1/sites/*").hasRole("MANAGER")
                        .pathMatchers(DELETE, "/api/v1/sites/*").hasRole("MANAGER")
                        .anyExchange().denyAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain pageChain(ServerHttpSecurity http, Guards guards, List<ExpiredForm> expiredForms) {
        return guards.apply(headers(http), null)
                .formLogin(form -> form.loginPage("/staff/sign-in")
                        .authenticationSuccessHandler(guards.signIns().formSuccess())
                        .authenticationFailureHandler(guards.signIns().formFailure()))
                .logout(logout -> logout.logoutUrl("/staff/sign-out")
                        .logoutHandler(handlers -> {
                            handlers.add(0, guards.signIns().signOut());
                            handlers.add(new WebSessionServerLogoutHandler());
                        })
                        .logoutSuccessHandler(signedOut()))
                .csrf(csrf -> csrf.accessDeniedHandler(PageAccessDenied.handler(expiredForms)))
                .exceptionHandling(e -> e.accessDeniedHandler(PageAccessDenied.handler())
                        .authenticationEntryPoint(signInOrNotFound()))
                .authorizeExchange(ex -> ex
                        .pathMatchers(GET, "/", "/book", "/book/slot", "/book/done", "/my-booking", "/staff/sign-in", "/night/book",
                                "/privacy", "/waiting-room", "/ticket", "/partners", "/sites").permitAll()
                        .pathMatchers(GET, "/courses", "/courses/done").permitAll()
                        .pathMatchers(POST, "/courses", "/courses/done", "/my-booking/course/move", "/my-booking/course/cancel-session",
                                "/my-booking/move").permitAll()
                        // the service travels in the body, so the address never names a private one
                        .pathMatchers(POST, "/book/choose").permitAll()
                        .pathMatchers(GET, "/night/done").permitAll()
                        .pathMatchers(POST, "/night/book", "/night/done").permitAll()
                        .pathMatchers(POST, "/book", "/book/form", "/book/done", "/my-booking", "/my-booking/cancel",
                                "/my-booking/cancel/ask", "/my-booking/accept", "/my-booking/calendar", "/ticket")
                        .permitAll()
                        .pathMatchers(POST, "/my-booking/data", "/my-booking/data.json", "/my-booking/forget",
                                "/my-booking/forget/confirm").permitAll()
                        .pathMatchers(GET, "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .pathMatchers(GET, "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness").permitAll()
                        .pathMatchers("/error").permitAll()
                        .pathMatchers(GET, "/staff").authenticated()
                        .pathMatchers(GET, "/staff/password").authenticated()
                        .pathMatchers(POST, "/staff/password").authenticated()
                        .pathMatchers(GET, "/staff/accounts", "/staff/audit").hasRole("MANAGER")
                        .pathMatchers(POST, "/staff/accounts", "/staff/accounts/*/roles", "/staff/accounts/*/disable",
                                "/staff/accounts/*/enable", "/staff/accounts/*/force-password-change")
                        .hasRole("MANAGER")
                        .pathMatchers(GET, "/staff/sessions").hasRole("MANAGER")
                        .pathMatchers(GET, "/staff/courses").hasRole("MANAGER")
                        .pathMatchers(POST, "/staff/courses").hasRole("MANAGER")
                        .pathMatchers(POST, "/staff/sessions").hasRole("MANAGER")
                        .pathMatchers(GET, "/staff/rotas", "/staff/statistics", "/staff/statistics.csv",
                                "/staff/partners", "/staff/services", "/staff/sites").hasRole("MANAGER")
                        .pathMatchers(POST, "/staff/rotas", "/staff/rotas/*/cancel/ask", "/staff/rotas/*/cancel",
                                "/staff/rotas/*/change/ask", "/staff/rotas/*/change").hasRole("MANAGER")
                        .pathMatchers(POST, "/staff/sessions/*/cancel", "/staff/sessions/*/move",
                                "/staff/partners", "/staff/services", "/staff/services/*",
                                "/staff/partners/*/remove", "/staff/sites", "/staff/sites/*/remove").hasRole("MANAGER")
                        .pathMatchers(GET, "/staff/untold", "/staff/drop-in").hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(POST, "/staff/drop-in").hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(GET, "/staff/erasure").hasRole("MANAGER")
                        .pathMatchers(GET, "/staff/disclosures").hasRole("MANAGER")
                        .pathMatchers(POST, "/staff/disclosures").hasRole("MANAGER")
                        .pathMatchers(POST, "/staff/erasure").hasRole("MANAGER")
                        .pathMatchers(GET, "/staff/day-list").hasAnyRole(DAY_LIST_ROLES)
                        .pathMatchers(POST, "/staff/attendance/*/arrival", "/staff/attendance/*/undo-no-show")
                        .hasAnyRole("RECEPTION", "MANAGER")
                        // clinicians, counsellors and the police liaison officer: their own sessions (Attendance)
                        .pathMatchers(POST, "/staff/attendance/*/seen", "/staff/attendance/*/no-show")
                        .hasAnyRole(DAY_LIST_ROLES)
                        .pathMatchers(GET, "/staff/board", "/staff/board/stream", "/staff/walk-ins")
                        .hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(POST, "/staff/walk-ins", "/staff/walk-ins/next", "/staff/walk-ins/*/seen",
                                "/staff/walk-ins/*/left", "/staff/walk-ins/*/priority", "/staff/walk-ins/*/call",
                                "/staff/walk-ins/*/return").hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(GET, "/staff/dashboard", "/staff/dashboard/stream")
                        .hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(GET, "/staff/desk", "/staff/desk/booked", "/staff/desk/booking",
                                "/staff/desk/booking/cancel").hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(POST, "/staff/desk/book", "/staff/desk/booking/cancel")
                        .hasAnyRole("RECEPTION", "MANAGER")
                        .pathMatchers(GET, "/staff/nights").hasRole("MANAGER")
                        .pathMatchers(POST, "/staff/nights", "/staff/nights/pattern").hasRole("MANAGER")
                        .pathMatchers(GET, "/staff/night/roster", "/staff/night/door", "/staff/night/door/booked")
                        .hasAnyRole("NIGHT_STAFF", "MANAGER")
                        .pathMatchers(POST, "/staff/night/roster", "/staff/night/door").hasAnyRole("NIGHT_STAFF", "MANAGER")
                        .pathMatchers(GET, "/staff/night", "/staff/night/stream").hasAnyRole("NIGHT_STAFF", "MANAGER")
                        .pathMatchers(POST, "/staff/night/check-in", "/staff/night/check-out")
                        .hasAnyRole("NIGHT_STAFF", "MANAGER")
                        .anyExchange().denyAll())
                .build();
    }

    @Bean
    Guards guards(RateLimits limits, StaffAccounts accounts, AuditLog audit, SignInEvents signIns) {
        return new Guards(limits, accounts, audit, signIns);
    }

    /**
     * Staff pages ask for a sign-in; any other address that is not a public page is simply not found, with the
     * public not-found page and its quick exit: a service user who mistypes an address never meets the staff
     * sign-in.
     */
    private static ServerAuthenticationEntryPoint signInOrNotFound() {
        RedirectServerAuthenticationEntryPoint signIn = new RedirectServerAuthenticationEntryPoint("/staff/sign-in");
        return (exchange, e) -> exchange.getRequest().getPath().pathWithinApplication().value().startsWith("/staff")
                ? signIn.commence(exchange, e) : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static RedirectServerLogoutSuccessHandler signedOut() {
        RedirectServerLogoutSuccessHandler handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create("/staff/sign-in?logout"));
        return handler;
    }

    private static ServerHttpSecurity headers(ServerHttpSecurity http) {
        return http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(f -> f.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY)));
    }
}
