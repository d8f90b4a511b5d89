package org.lantern.application.audit;

import java.time.Instant;
import java.util.List;

/** Port: where audit events are kept, each until its own expiry. */
public interface AuditStore {

    void add(AuditEvent event, Instant expiresAt);

    /** The newest events first (in the order they were recorded), at most {@code limit}, older than {@code before}. */
    List<AuditEvent> recent(int limit, Instant before);

    /** The same, only of the {@link AuditEvent.Type#sensitive()} types. */
    List<AuditEvent> recentSensitive(int limit, Instant before);

    /** Deletes the events past their time (the embedded store ignores TTL indexes); returns how many. */
    long deleteExpired(Instant now);
}
