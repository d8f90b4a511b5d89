package org.lantern.ui.staff;

import org.lantern.domain.booking.Needs;
import java.util.function.Predicate;
import org.lantern.application.audit.AuditEvent;
import org.lantern.application.staff.Role;
import org.lantern.application.staff.StaffAccount;
import org.lantern.application.staff.StaffAccountStore;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lantern.application.audit.AuditEvent.Type;
import org.lantern.ui.audit.AuditLog;
import org.lantern.application.booking.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Staff sign-in accounts. Passwords are kept only as hashes from Spring Security's default encoder. Every
 * change is an audit event naming the manager who made it. Blocking: call it off the event loop.
 */
@Component
public class StaffAccounts {

    public static final String SYSTEM = "(system)";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

    private final StaffAccountStore accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    StaffAccounts(StaffAccountStore accounts, PasswordEncoder encoder, PasswordPolicy policy, AuditLog audit,
                  Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean none() {
        return accounts.count() == 0;
    }

    /** Creates an account; refuses a taken name, a weak password or no roles with a kind reason. */
    public StaffAccount create(String actor, String username, String password, Set<Role> roles,
                               boolean mustChangePassword) {
        return create(actor, username, password, roles, mustChangePassword, null);
    }

    /**
     * The same, with the gender the member of staff chose to state (one of {@link Needs#GENDERS}, or blank for
     * none): people who book may ask for it.
     */
    public StaffAccount create(String actor, String username, String password, Set<Role> roles,
                               boolean mustChangePassword, String gender) {
        String stated = gender == null || gender.isBlank() ? null : gender.strip().toLowerCase(Locale.ROOT);
        if (stated != null && !Needs.GENDERS.contains(stated)) {
            throw new InvalidInputException("error.staff-gender");
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("error.username");
        }
        requireRoles(roles);
        policy.check(password);
        StaffAccount account = new StaffAccount(name, encoder.encode(password), EnumSet.copyOf(roles), true,
                mustChangePassword, stated);
        if (!accounts.insert(account, clock.instant())) {
            throw new InvalidInputException("error.username-taken");
        }
        audit.record(Type.ACCOUNT_CREATED, actor, name, null, "roles=" + String.join(",", names(roles)));
        return account;
    }

    /** Every problem with a new account's form at once, as message keys, so a manager can fix them in one go. */
    public List<String> problems(String username, String password, Set<Role> roles) {
        List<String> problems = new java.util.ArrayList<>();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            problems.add("error.username");
        } else if (find(name).isPresent()) {
            problems.add("error.username-taken");
        }
        if (roles == null || roles.isEmpty()) {
            problems.add("error.roles");
        }
        try {
            policy.check(password);
        } catch (InvalidInputException weak) {
            problems.add(weak.messageKey());
        }
        return problems;
    }

    public StaffAccount create(String username, String password, Set<Role> roles) {
        return create(SYSTEM, username, password, roles, false);
    }

    public Optional<StaffAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return accounts.find(username.toLowerCase(Locale.ROOT));
    }

    public List<StaffAccount> all() {
        return accounts.all();
    }

    /** The usernames of the enabled accounts whose stated gender is this one. */
    public Set<String> withGender(String gender) {
        return accounts.all().stream().filter(a -> a.enabled() && gender.equals(a.gender()))
                .map(StaffAccount::username).collect(java.util.stream.Collectors.toSet());
    }

    /** Disabling takes effect on the account's next request, also in a session that is already open. */
    public StaffAccount setEnabled(String actor, String username, boolean enabled) {
        refuseOwn(actor, username);
        StaffAccount changed = update(username, name -> accounts.setEnabled(name, enabled));
        audit.record(enabled ? Type.ACCOUNT_ENABLED : Type.ACCOUNT_DISABLED, actor, changed.username(), null, null);
        return changed;
    }

    /** A manager cannot take MANAGER away from themselves: someone must always be able to manage. */
    public StaffAccount setRoles(String actor, String username, Set<Role> roles) {
        requireRoles(roles);
        if (isSelf(actor, username) && !roles.contains(Role.MANAGER)) {
            throw new InvalidInputException("error.own-account");
        }
        StaffAccount changed = update(username, name -> accounts.setRoles(name, roles));
        audit.record(Type.ROLES_CHANGED, actor, changed.username(), null, "roles=" + String.join(",", names(roles)));
        return changed;
    }

    public StaffAccount forcePasswordChange(String actor, String username) {
        StaffAccount changed = update(username, accounts::requirePasswordChange);
        audit.record(Type.PASSWORD_CHANGE_FORCED, actor, changed.username(), null, null);
        return changed;
    }

    /**
     * Whoever runs the server sets a manager's password (LANTERN_ADMIN_RESET): the account is active again, a
     * manager, and must choose its own password at the next sign-in. Recorded in the audit log.
     */
    public void resetByOperator(String username, String password) {
        policy.check(password);
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (find(name).isEmpty()) {
            create(SYSTEM, name, password, EnumSet.of(Role.MANAGER), true);
            return;
        }
        StaffAccount account = find(name).orElseThrow();
        Set<Role> roles = EnumSet.copyOf(account.roles());
        roles.add(Role.MANAGER);
        accounts.setPasswordHash(name, encoder.encode(password));
        accounts.requirePasswordChange(name);
        accounts.setRoles(name, roles);
        accounts.setEnabled(name, true);
        audit.record(Type.PASSWORD_CHANGE_FORCED, SYSTEM, name, null, "reset at start-up");
    }

    /** The person changes their own password, proving they know the current one. */
    public void changePassword(String username, String current, String chosen) {
        StaffAccount account = find(username).filter(StaffAccount::enabled)
                .orElseThrow(() -> new InvalidInputException("error.password-current"));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new InvalidInputException("error.password-current");
        }
        policy.check(chosen);
        if (encoder.matches(chosen, account.passwordHash())) {
            throw new InvalidInputException("error.password-same");
        }
        update(account.username(), name -> accounts.setPasswordHash(name, encoder.encode(chosen)));
        audit.record(Type.PASSWORD_CHANGED, account.username(), account.username(), null, null);
    }

    private StaffAccount update(String username, Predicate<String> change) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!change.test(name)) {
            throw new InvalidInputException("error.account-not-found");
        }
        return find(name).orElseThrow(() -> new InvalidInputException("error.account-not-found"));
    }

    private static void refuseOwn(String actor, String username) {
        if (isSelf(actor, username)) {
            throw new InvalidInputException("error.own-account");
        }
    }

    private static boolean isSelf(String actor, String username) {
        return actor != null && username != null && actor.equalsIgnoreCase(username.strip());
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("error.roles");
        }
    }

    private static List<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
