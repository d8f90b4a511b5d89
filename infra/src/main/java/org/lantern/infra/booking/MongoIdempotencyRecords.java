package org.lantern.infra.booking;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.lantern.application.booking.IdempotencyRecords;
import org.lantern.domain.privacy.SealedText;
import org.lantern.infra.store.UniqueKeys;

/**
 * Idempotency-Key records in {@code idempotency_keys}, under a hash of the key, expiring by a TTL index on real
 * MongoDB (and by the expiry job on the embedded store, which ignores TTL indexes).
 */
class MongoIdempotencyRecords implements IdempotencyRecords {

    static final String COLLECTION = "idempotency_keys";

    private final MongoCollection<Document> keys;
    private final Duration keptFor;

    MongoIdempotencyRecords(MongoDatabase database, Duration keptFor) {
        this.keys = database.getCollection(COLLECTION);
        this.keptFor = keptFor;
        keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public boolean claim(String id, String fingerprint, Instant now) {
        return UniqueKeys.insertIfAbsent(keys, new Document("_id", id).append("fingerprint", fingerprint)
                .append("state", "pending").append("createdAt", Date.from(now))
                .append("expiresAt", Date.from(now.plus(keptFor))));
    }

    @Override
    public Optional<KeyRecord> find(String id) {
        return Optional.ofNullable(keys.find(eq("_id", id)).first()).map(d -> new KeyRecord(d.getString("fingerprint"),
                "done".equals(d.getString("state")), d.getDate("createdAt").toInstant(), d.getString("reference"),
                d.getString("subjectId"), d.getString("secret") == null ? null
                        : new SealedText(d.getString("subjectId"), d.getString("secret"))));
    }

    @Override
    public void prepare(String id, String reference, String subjectId, SealedText secret) {
        keys.updateOne(eq("_id", id), new Document("$set", new Document("reference", reference)
                .append("subjectId", subjectId).append("secret", secret.ciphertext())));
    }

    /** Marks the record done; what a retry needs was kept by {@link #prepare} (or is given here). */
    @Override
    public void complete(String id, String reference, String subjectId, SealedText secret) {
        Document done = new Document("state", "done").append("reference", reference).append("subjectId", subjectId);
        if (secret != null) {
            done.append("secret", secret.ciphertext());
        }
        keys.updateOne(eq("_id", id), new Document("$set", done));
    }

    @Override
    public void release(String id) {
        keys.deleteOne(eq("_id", id));
    }

    @Override
    public void releaseStale(String id, Instant createdAt) {
        keys.deleteOne(and(eq("_id", id), eq("state", "pending"), eq("createdAt", Date.from(createdAt))));
    }

    @Override
    public void forgetSubject(String subjectId) {
        keys.deleteMany(eq("subjectId", subjectId));
    }

    @Override
    public long deleteExpired(Instant now) {
        return keys.deleteMany(lt("expiresAt", Date.from(now))).getDeletedCount();
    }
}
