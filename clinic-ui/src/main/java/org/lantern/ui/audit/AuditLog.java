package org.lantern.ui.audit;

import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lantern.ui.web.Blocking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Security events a manager can review, in the audit_events collection; kept for a configurable time. */
@Component
public class AuditLog {

    static final String COLLECTION = "audit_events";
    public static final int MAX_PAGE = 200;
    private static final int MAX_DETAIL = 200;
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final MongoCollection<Document> events;
    private final Clock clock;
    private final Duration keptFor;

    AuditLog(MongoDatabase lanternDatabase, Clock clock, @Value("${lantern.audit.kept-for:400d}") Duration keptFor) {
        this.events = lanternDatabase.getCollection(COLLECTION);
        this.clock = clock;
        this.keptFor = keptFor;
        events.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        events.createIndex(Indexes.descending("at"));
    }

    /** Blocking: call it off the event loop, or use {@link #recordLater}. */
    public void record(AuditEvent.Type type, String actor, String subject, String address, String detail) {
        Instant now = clock.instant();
        events.insertOne(new Document("at", Date.from(now)).append("type", type.name()).append("actor", actor)
                .append("subject", subject).append("address", address).append("detail", shorten(detail))
                .append("expiresAt", Date.from(now.plus(keptFor))));
        log.info("audit {} actor={} subject={}", type, actor, subject);
    }

    /** Records without holding up the answer; a failure to record is logged, not shown to the person. */
    public Mono<Void> recordLater(AuditEvent.Type type, String actor, String subject, String address,
                                  String detail) {
        return Blocking.call(() -> {
            record(type, actor, subject, address, detail);
            return true;
        }).onErrorResume(e -> {
            log.error("Could not record audit event {}: {}", type, e.getClass().getName());
            return Mono.empty();
        }).then();
    }

    /** The newest events first (ties in order of recording), at most {@code limit}, older than {@code before}. */
    public List<AuditEvent> recent(int limit, Instant before) {
        Bson filter = before == null ? new Document() : lt("at", Date.from(before));
        List<AuditEvent> found = new ArrayList<>();
        for (Document d : events.find(filter).sort(Sorts.descending("at", "_id")).limit(Math.min(Math.max(limit, 1), MAX_PAGE))) {
            found.add(new AuditEvent(d.getDate("at").toInstant(), AuditEvent.Type.valueOf(d.getString("type")),
                    d.getString("actor"), d.getString("subject"), d.getString("address"), d.getString("detail")));
        }
        return found;
    }

    /** Deletes the events past their time (the embedded store ignores the TTL index); returns how many. */
    public long deleteExpired() {
        return events.deleteMany(lt("expiresAt", Date.from(clock.instant()))).getDeletedCount();
    }

    private static String shorten(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }
}
