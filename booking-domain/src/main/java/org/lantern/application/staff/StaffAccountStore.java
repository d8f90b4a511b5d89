package org.lantern.application.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: staff accounts by username (already normalised to lower case), passwords only as hashes. */
public interface StaffAccountStore {

    long count();

    /** False when an account of that name exists already. */
    boolean insert(StaffAccount account, Instant createdAt);

    Optional<StaffAccount> find(String username);

    /** Every account, by username. */
    List<StaffAccount> all();

    /** Each change answers false when there is no such account. */
    boolean setEnabled(String username, boolean enabled);

    boolean setRoles(String username, Set<Role> roles);

    boolean requirePasswordChange(String username);

    /** A new password hash; the person no longer has to change it. */
    boolean setPasswordHash(String username, String passwordHash);
}
