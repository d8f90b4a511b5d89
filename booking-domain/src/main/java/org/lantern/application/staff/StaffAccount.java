package org.lantern.application.staff;

import java.util.Set;
import org.lantern.domain.booking.Needs;

/**
 * A member of staff. {@code gender} is what they chose to state (one of {@link Needs#GENDERS}), or null: people who
 * book may ask for a clinician or counsellor of a given gender, and availability is filtered by it.
 */
public record StaffAccount(String username, String passwordHash, Set<Role> roles, boolean enabled,
                           boolean mustChangePassword, String gender) {

    public StaffAccount(String username, String passwordHash, Set<Role> roles, boolean enabled,
                        boolean mustChangePassword) {
        this(username, passwordHash, roles, enabled, mustChangePassword, null);
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + ", " + roles + ", enabled=" + enabled + "]";
    }
}
