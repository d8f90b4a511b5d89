package org.lantern.ui.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lantern.ui.clinic.InvalidInputException;
import org.lantern.ui.web.Blocking;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class StaffApi {

    private final StaffAccounts accounts;

    StaffApi(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    record NewStaff(String username, String password, List<String> roles) {
    }

    record Created(String username, List<String> roles) {
    }

    @PostMapping("/api/v1/staff")
    Mono<ResponseEntity<Created>> create(@RequestBody NewStaff body) {
        Set<Role> roles = parseRoles(body.roles());
        return Blocking.call(() -> {
            StaffAccount account = accounts.create(body.username(), body.password(), roles);
            return ResponseEntity.status(HttpStatus.CREATED).body(new Created(account.username(),
                    account.roles().stream().map(Role::name).toList()));
        });
    }

    static Set<Role> parseRoles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            roles.add(Role.parse(name).orElseThrow(() -> new InvalidInputException("error.roles")));
        }
        return roles;
    }
}
