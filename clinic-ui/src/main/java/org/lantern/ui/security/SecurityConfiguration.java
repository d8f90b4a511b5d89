package org.lantern.ui.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers.pathMatchers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;

/**
 * Two chains: the JSON API (HTTP Basic, stateless, no session, so no CSRF) and the pages (a sign-in form,
 * a session, CSRF on every form). Anything not listed is refused. docs/security.md holds the matrix.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain apiChain(ServerHttpSecurity http, ApiProblems problems) {
        return headers(http)
                .securityMatcher(pathMatchers("/api/**"))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeExchange(ex -> ex
                        .pathMatchers(GET, "/api/v1/availability").permitAll()
                        .pathMatchers(POST, "/api/v1/bookings").permitAll()
                        .pathMatchers(GET, "/api/v1/bookings/*").permitAll()
                        .pathMatchers(DELETE, "/api/v1/bookings/*").permitAll()
                        .pathMatchers(GET, "/api/v1/bookings/*/personal-data").permitAll()
                        .pathMatchers(DELETE, "/api/v1/bookings/*/personal-data").permitAll()
                        .pathMatchers(POST, "/api/v1/bookings/*/erasure").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/staff").hasRole("MANAGER")
                        .pathMatchers(POST, "/api/v1/sessions").hasRole("MANAGER")
                        .pathMatchers(GET, "/api/v1/day-list")
                        .hasAnyRole("CLINICIAN", "RECEPTION", "MANAGER", "COUNSELLOR", "POLICE_LIAISON")
                        .pathMatchers(GET, "/api/v1/dashboard", "/api/v1/dashboard/stream")
                        .hasAnyRole("RECEPTION", "MANAGER")
                        .anyExchange().denyAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain pageChain(ServerHttpSecurity http) {
        return headers(http)
                .formLogin(form -> form.loginPage("/staff/sign-in")
                        .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/staff")))
                .logout(logout -> logout.logoutUrl("/staff/sign-out"))
                .authorizeExchange(ex -> ex
                        .pathMatchers(GET, "/", "/book", "/book/**", "/my-booking", "/staff/sign-in").permitAll()
                        .pathMatchers(POST, "/book", "/my-booking", "/my-booking/cancel").permitAll()
                        .pathMatchers(POST, "/my-booking/data", "/my-booking/data.json", "/my-booking/forget",
                                "/my-booking/forget/confirm").permitAll()
                        .pathMatchers(GET, "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .pathMatchers(GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .pathMatchers("/error").permitAll()
                        .pathMatchers(GET, "/staff").authenticated()
                        .pathMatchers(GET, "/staff/sessions").hasRole("MANAGER")
                        .pathMatchers(POST, "/staff/sessions").hasRole("MANAGER")
                        .pathMatchers(GET, "/staff/erasure").hasRole("MANAGER")
                        .pathMatchers(POST, "/staff/erasure").hasRole("MANAGER")
                        .pathMatchers(GET, "/staff/day-list")
                        .hasAnyRole("CLINICIAN", "RECEPTION", "MANAGER", "COUNSELLOR", "POLICE_LIAISON")
                        .pathMatchers(GET, "/staff/dashboard", "/staff/dashboard/stream")
                        .hasAnyRole("RECEPTION", "MANAGER")
                        .anyExchange().denyAll())
                .build();
    }

    private static ServerHttpSecurity headers(ServerHttpSecurity http) {
        return http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(f -> f.mode(org.springframework.security.web.server.header
                        .XFrameOptionsServerHttpHeadersWriter.Mode.DENY)));
    }
}
