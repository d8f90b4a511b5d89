package org.lantern.infra.audit;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lantern.application.audit.AuditEvent;
import org.lantern.application.audit.AuditStore;

/** Audit events in {@code audit_events}, expiring by a TTL index on real MongoDB. */
class MongoAuditStore implements AuditStore {

    static final String COLLECTION = "audit_events";

    private final MongoCollection<Document> events;

    MongoAuditStore(MongoDatabase database) {
        this.events = database.getCollection(COLLECTION);
        events.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        events.createIndex(Indexes.descending("at"));
    }

    @Override
    public void add(AuditEvent e, Instant expiresAt) {
        events.insertOne(new Document("at", Date.from(e.at())).append("type", e.type().name())
                .append("actor", e.actor()).append("subject", e.subject()).append("address", e.address())
                .append("detail", e.detail()).append("expiresAt", Date.from(expiresAt)));
    }

    @Override
    public List<AuditEvent> recent(int limit, Instant before) {
        return find(before == null ? new Document() : lt("at", Date.from(before)), limit);
    }

    @Override
    public List<AuditEvent> recentSensitive(int limit, Instant before) {
        List<String> sensitive = Arrays.stream(AuditEvent.Type.values()).filter(AuditEvent.Type::sensitive)
                .map(Enum::name).toList();
        Bson types = in("type", sensitive);
        return find(before == null ? types : and(types, lt("at", Date.from(before))), limit);
    }

    private List<AuditEvent> find(Bson filter, int limit) {
        List<AuditEvent> found = new ArrayList<>();
        // newest recorded first: the same as newest first on a real clock, and still right where a test moves it
        for (Document d : events.find(filter).sort(Sorts.descending("_id")).limit(limit)) {
            found.add(new AuditEvent(d.getDate("at").toInstant(), AuditEvent.Type.valueOf(d.getString("type")),
                    d.getString("actor"), d.getString("subject"), d.getString("address"), d.getString("detail")));
        }
        return found;
    }

    @Override
    public long deleteExpired(Instant now) {
        return events.deleteMany(lt("expiresAt", Date.from(now))).getDeletedCount();
    }
}
