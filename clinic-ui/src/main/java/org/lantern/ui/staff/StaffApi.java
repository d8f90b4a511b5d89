package org.lantern.ui.staff;

import org.lantern.application.staff.Role;
import org.lantern.application.staff.StaffAccount;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Managers look after staff accounts; docs/security.md lists these routes. */
@RestController
@RequestMapping("/api/v1/staff")
class StaffApi {

    private final StaffAccounts accounts;

    StaffApi(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record NewStaff(String username, String password, List<String> roles, Boolean mustChangePassword,
                    String gender) {
    }

    record Roles(List<String> roles) {
    }

    record Account(String username, List<String> roles, boolean enabled, boolean mustChangePassword,
                   String gender) {

        static Account of(StaffAccount a) {
            return new Account(a.username(), a.roles().stream().map(Role::name).sorted().toList(), a.enabled(),
                    a.mustChangePassword(), a.gender());
        }
    }

    @GetMapping
    Mono<List<Account>> list() {
        return Blocking.call(() -> accounts.all().stream().map(Account::of).toList());
    }

    @PostMapping
    Mono<ResponseEntity<Account>> create(@RequestBody NewStaff body, Authentication who) {
        Set<Role> roles = parseRoles(body.roles());
        boolean mustChange = Boolean.TRUE.equals(body.mustChangePassword());
        return Blocking.call(() -> ResponseEntity.status(HttpStatus.CREATED).body(Account.of(
                accounts.create(who.getName(), body.username(), body.password(), roles, mustChange,
                        body.gender()))));
    }

    @PutMapping("/{username}/roles")
    Mono<Account> roles(@PathVariable String username, @RequestBody Roles body, Authentication who) {
        Set<Role> roles = parseRoles(body.roles());
        return Blocking.call(() -> Account.of(accounts.setRoles(who.getName(), username, roles)));
    }

    @PostMapping("/{username}/disable")
    Mono<Account> disable(@PathVariable String username, Authentication who) {
        return Blocking.call(() -> Account.of(accounts.setEnabled(who.getName(), username, false)));
    }

    @PostMapping("/{username}/enable")
    Mono<Account> enable(@PathVariable String username, Authentication who) {
        return Blocking.call(() -> Account.of(accounts.setEnabled(who.getName(), username, true)));
    }

    @PostMapping("/{username}/force-password-change")
    Mono<Account> forcePasswordChange(@PathVariable String username, Authentication who) {
        return Blocking.call(() -> Account.of(accounts.forcePasswordChange(who.getName(), username)));
    }

    static Set<Role> parseRoles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            roles.add(Role.parse(name).orElseThrow(() -> new InvalidInputException("error.roles")));
        }
        return roles;
    }
}
