package org.lantern.application.staff;

import java.util.Set;

public record StaffAccount(String username, String passwordHash, Set<Role> roles, boolean enabled,
                           boolean mustChangePassword) {

    @Override
    public String toString() {
        return "StaffAccount[" + username + ", " + roles + ", enabled=" + enabled + "]";
    }
}
