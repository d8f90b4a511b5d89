package org.lantern.ui.staff;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lantern.ui.audit.AuditEvent.Type;
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

    static final String COLLECTION = "staff_accounts";
    public static final String SYSTEM = "(system)";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

    private final MongoCollection<Document> accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    StaffAccounts(MongoDatabase lanternDatabase, PasswordEncoder encoder, PasswordPolicy policy, AuditLog audit,
                  Clock clock) {
        this.accounts = lanternDatabase.getCollection(COLLECTION);
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean none() {
        return accounts.countDocuments() == 0;
    }

    /** Creates an account; refuses a taken name, a weak password or no roles with a kind reason. */
    public StaffAccount create(String actor, String username, String password, Set<Role> roles,
                               boolean mustChangePassword) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("error.username");
        }
        requireRoles(roles);
        policy.check(password);
        StaffAccount account = new StaffAccount(name, encoder.encode(password), EnumSet.copyOf(roles), true,
                mustChangePassword);
        try {
            accounts.insertOne(new Document("_id", name).append("passwordHash", account.passwordHash())
                    .append("roles", names(roles)).append("enabled", true)
                    .append("mustChangePassword", mustChangePassword)
                    .append("createdAt", clock.instant().toString()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new InvalidInputException("error.username-taken");
            }
            throw e;
        }
        audit.record(Type.ACCOUNT_CREATED, actor, name, null, "roles=" + String.join(",", names(roles)));
        return account;
    }

    public StaffAccount create(String username, String password, Set<Role> roles) {
        return create(SYSTEM, username, password, roles, false);
    }

    public Optional<StaffAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(accounts.find(eq("_id", username.toLowerCase(Locale.ROOT))).first())
                .map(StaffAccounts::toAccount);
    }

    public List<StaffAccount> all() {
        List<StaffAccount> all = new ArrayList<>();
        accounts.find().sort(Sorts.ascending("_id")).forEach(d -> all.add(toAccount(d)));
        return all;
    }

    /** Disabling takes effect on the account's next request, also in a session that is already open. */
    public StaffAccount setEnabled(String actor, String username, boolean enabled) {
        refuseOwn(actor, username);
        StaffAccount changed = update(username, set("enabled", enabled));
        audit.record(enabled ? Type.ACCOUNT_ENABLED : Type.ACCOUNT_DISABLED, actor, changed.username(), null, null);
        return changed;
    }

    /** A manager cannot take MANAGER away from themselves: someone must always be able to manage. */
    public StaffAccount setRoles(String actor, String username, Set<Role> roles) {
        requireRoles(roles);
        if (isSelf(actor, username) && !roles.contains(Role.MANAGER)) {
            throw new InvalidInputException("error.own-account");
        }
        StaffAccount changed = update(username, set("roles", names(roles)));
        audit.record(Type.ROLES_CHANGED, actor, changed.username(), null, "roles=" + String.join(",", names(roles)));
        return changed;
    }

    public StaffAccount forcePasswordChange(String actor, String username) {
        StaffAccount changed = update(username, set("mustChangePassword", true));
        audit.record(Type.PASSWORD_CHANGE_FORCED, actor, changed.username(), null, null);
        return changed;
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
        update(account.username(), combine(set("passwordHash", encoder.encode(chosen)),
                set("mustChangePassword", false)));
        audit.record(Type.PASSWORD_CHANGED, account.username(), account.username(), null, null);
    }

    private StaffAccount update(String username, Bson change) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (accounts.updateOne(eq("_id", name), change).getMatchedCount() == 0) {
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

    private static StaffAccount toAccount(Document d) {
        List<String> roles = d.getList("roles", String.class);
        Set<Role> parsed = roles.stream().map(Role::parse).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new StaffAccount(d.getString("_id"), d.getString("passwordHash"), parsed,
                d.getBoolean("enabled", true), d.getBoolean("mustChangePassword", false));
    }
}
