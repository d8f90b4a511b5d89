package org.lantern.infra.staff;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lantern.application.staff.Role;
import org.lantern.application.staff.StaffAccount;
import org.lantern.application.staff.StaffAccountStore;
import org.lantern.infra.store.UniqueKeys;

/** Staff accounts in {@code staff_accounts}, one document per username. */
class MongoStaffAccountStore implements StaffAccountStore {

    static final String COLLECTION = "staff_accounts";

    private final MongoCollection<Document> accounts;

    MongoStaffAccountStore(MongoDatabase database) {
        this.accounts = database.getCollection(COLLECTION);
    }

    @Override
    public long count() {
        return accounts.countDocuments();
    }

    @Override
    public boolean insert(StaffAccount a, Instant createdAt) {
        return UniqueKeys.insertIfAbsent(accounts, new Document("_id", a.username())
                .append("passwordHash", a.passwordHash()).append("roles", names(a.roles()))
                .append("enabled", a.enabled()).append("mustChangePassword", a.mustChangePassword())
                .append("gender", a.gender()).append("createdAt", createdAt.toString()));
    }

    @Override
    public Optional<StaffAccount> find(String username) {
        return Optional.ofNullable(accounts.find(eq("_id", username)).first()).map(MongoStaffAccountStore::toAccount);
    }

    @Override
    public List<StaffAccount> all() {
        List<StaffAccount> all = new ArrayList<>();
        accounts.find().sort(Sorts.ascending("_id")).forEach(d -> all.add(toAccount(d)));
        return all;
    }

    @Override
    public boolean setEnabled(String username, boolean enabled) {
        return update(username, set("enabled", enabled));
    }

    @Override
    public boolean setRoles(String username, Set<Role> roles) {
        return update(username, set("roles", names(roles)));
    }

    @Override
    public boolean requirePasswordChange(String username) {
        return update(username, set("mustChangePassword", true));
    }

    @Override
    public boolean setPasswordHash(String username, String passwordHash) {
        return update(username, combine(set("passwordHash", passwordHash), set("mustChangePassword", false)));
    }

    private boolean update(String username, Bson change) {
        return accounts.updateOne(eq("_id", username), change).getMatchedCount() > 0;
    }

    private static List<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    private static StaffAccount toAccount(Document d) {
        Set<Role> roles = d.getList("roles", String.class).stream().map(Role::parse).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new StaffAccount(d.getString("_id"), d.getString("passwordHash"), roles,
                d.getBoolean("enabled", true), d.getBoolean("mustChangePassword", false), d.getString("gender"));
    }
}
