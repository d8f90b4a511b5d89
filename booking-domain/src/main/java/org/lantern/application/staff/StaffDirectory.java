package org.lantern.application.staff;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which enabled staff accounts hold a role: for the lists a manager picks from (a session's clinician, a roster). */
public class StaffDirectory {

    /** The roles of people who run sessions: a session's clinician is one of them. */
    public static final Set<Role> RUN_SESSIONS = EnumSet.of(Role.CLINICIAN, Role.COUNSELLOR, Role.POLICE_LIAISON);

    private final StaffAccountStore store;

    public StaffDirectory(StaffAccountStore store) {
        this.store = store;
    }

    /** The usernames of enabled accounts holding any of {@code roles}, in alphabetical order. */
    public List<String> enabledWithAny(Set<Role> roles) {
        return store.all().stream().filter(a -> a.enabled() && a.roles().stream().anyMatch(roles::contains))
                .map(StaffAccount::username).sorted(Comparator.naturalOrder()).toList();
    }

    /** Whether {@code username} is an enabled account holding any of {@code roles}. */
    public boolean isEnabledWithAny(String username, Set<Role> roles) {
        return store.find(username).filter(a -> a.enabled() && a.roles().stream().anyMatch(roles::contains))
                .isPresent();
    }
}
