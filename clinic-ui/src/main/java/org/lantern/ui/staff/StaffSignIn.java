package org.lantern.ui.staff;

import org.lantern.application.staff.Role;
import org.lantern.application.staff.StaffAccount;

import org.lantern.ui.web.Blocking;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Spring Security reads staff accounts from here, for the sign-in form and for HTTP Basic on the API. */
@Component
class StaffSignIn implements ReactiveUserDetailsService {

    private final StaffAccounts accounts;

    StaffSignIn(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Mono<UserDetails> findByUsername(String username) {
        return Blocking.call(() -> accounts.find(username).map(StaffSignIn::toUser).orElse(null));
    }

    private static UserDetails toUser(StaffAccount account) {
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.roles().stream().map(Role::name).toArray(String[]::new))
                .disabled(!account.enabled())
                .build();
    }
}
