package org.lantern.application.booking;

import java.time.Instant;
import java.util.Optional;
import org.lantern.domain.privacy.SealedText;

/**
 * Port: the record of each Idempotency-Key, kept only under a hash of the key, with a keyed hash of the request
 * and, once done, the booking's reference and its secret sealed under the person's key.
 */
public interface IdempotencyRecords {

    /** Claims the id for a first request; false when a record of it exists already. */
    boolean claim(String id, String fingerprint, Instant now);

    Optional<KeyRecord> find(String id);

    /**
     * The first request is about to send its command: keep what a retry needs to answer with it, so that a retry
     * after a crash between the command and {@link #complete} finds the booking instead of making a second one.
     */
    void prepare(String id, String reference, String subjectId, SealedText secret);

    /** The first request booked: a retry answers with it. */
    void complete(String id, String reference, String subjectId, SealedText secret);

    /** The first request was refused or failed: a retry may try again. */
    void release(String id);

    /** Removes a claim left pending too long, only if it is still the one seen (another waiter may have replaced it). */
    void releaseStale(String id, Instant createdAt);

    /** Forgets the retries of an erased person: their fingerprint hashes the pseudonym and contact. */
    void forgetSubject(String subjectId);

    /** Deletes records past their time (the embedded store ignores TTL indexes); returns how many. */
    long deleteExpired(Instant now);

    record KeyRecord(String fingerprint, boolean done, Instant createdAt, String reference, String subjectId,
                     SealedText secret) {
    }
}
