package org.lantern.ui.staff;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.lantern.ui.clinic.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Staff sign-in accounts. Passwords are kept only as hashes from Spring Security's default encoder. */
@Component
public class StaffAccounts {

    static final String COLLECTION = "staff_accounts";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,40}");

    private final MongoCollection<Document> accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;

    StaffAccounts(MongoDatabase lanternDatabase, PasswordEncoder encoder, PasswordPolicy policy, Clock clock) {
        this.accounts = lanternDatabase.getCollection(COLLECTION);
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
    }

    public boolean none() {
        return accounts.countDocuments() == 0;
    }

    /** Creates an account; refuses a taken name, a weak password or no roles with a kind reason. */
    public StaffAccount create(String username, String password, Set<Role> roles) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("error.username");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("error.roles");
        }
        policy.check(password);
        StaffAccount account = new StaffAccount(name, encoder.encode(password), EnumSet.copyOf(roles), true, false);
        try {
            accounts.insertOne(new Document("_id", name).append("passwordHash", account.passwordHash())
                    .append("roles", roles.stream().map(Role::name).sorted().toList())
                    .append("enabled", true).append("mustChangePassword", false)
                    .append("createdAt", clock.instant().toString()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new InvalidInputException("error.username-taken");
            }
            throw e;
        }
        return account;
    }

    public Optional<StaffAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(accounts.find(eq("_id", username.toLowerCase(Locale.ROOT))).first())
                .map(StaffAccounts::toAccount);
    }

    private static StaffAccount toAccount(Document d) {
        List<String> roles = d.getList("roles", String.class);
        Set<Role> parsed = roles.stream().map(Role::parse).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new StaffAccount(d.getString("_id"), d.getString("passwordHash"), parsed,
                d.getBoolean("enabled", true), d.getBoolean("mustChangePassword", false));
    }
}
