package org.lantern.application.staff;

import java.util.Arrays;
import java.util.Optional;

/** What a member of staff may do; one person may hold several. */
public enum Role {
    MANAGER, RECEPTION, CLINICIAN, COUNSELLOR, NIGHT_STAFF, POLICE_LIAISON;

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst();
    }
}
