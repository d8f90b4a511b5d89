package org.lantern.ui.clinic;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;
import org.springframework.stereotype.Component;

/**
 * A retried booking (a flaky phone connection, a double tap) answers with the first booking. The key and the
 * request are kept only as hashes; the secret needed to answer a retry is sealed under the person's key.
 */
@Component
public class IdempotentBookings {

    static final String COLLECTION = "idempotency_keys";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final Duration STALE_AFTER = Duration.ofMinutes(1);
    private static final Duration WAIT_AT_MOST = Duration.ofSeconds(20);

    private final ClinicBookings bookings;
    private final BookingCap cap;
    private final PersonalDataVault vault;
    private final Clock clock;
    private final MongoCollection<Document> keys;

    IdempotentBookings(ClinicBookings bookings, BookingCap cap, PersonalDataVault vault, Clock clock,
                       MongoDatabase lanternDatabase) {
        this.bookings = bookings;
        this.cap = cap;
        this.vault = vault;
        this.clock = clock;
        this.keys = lanternDatabase.getCollection(COLLECTION);
        keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    /**
     * Books, or answers a retry with the first booking. The caps on upcoming bookings guard only a booking that
     * is really new: a retry of the last booking the caps allowed still gets its answer.
     */
    public BookingReceipt book(String idempotencyKey, NewBooking booking, BookingRequester requester) {
        if (idempotencyKey == null) {
            return cap.book(requester, () -> bookings.book(booking));
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException("error.idempotency-key");
        }
        String id = sha256(idempotencyKey);
        // keyed by the idempotency key, which is never stored: the fingerprint cannot be guessed from a list of names
        String fingerprint = hmacSha256(idempotencyKey, booking.fingerprint());
        // how long to wait is measured on a monotonic clock: the centre's clock may stand still (tests) or jump
        long giveUp = System.nanoTime() + WAIT_AT_MOST.toNanos();
        while (System.nanoTime() - giveUp < 0) {
            if (claim(id, fingerprint)) {
                return bookOnce(id, booking, requester);
            }
            Document earlier = keys.find(eq("_id", id)).first();
            if (earlier == null) {
                continue;
            }
            if (!fingerprint.equals(earlier.getString("fingerprint"))) {
                throw new InvalidInputException("error.idempotency-key-reused");
            }
            if ("done".equals(earlier.getString("state"))) {
                return receipt(earlier);
            }
            if (earlier.getDate("createdAt").toInstant().isBefore(clock.instant().minus(STALE_AFTER))) {
                // only the stale claim seen here: another waiter may already have replaced it with a fresh one
                keys.deleteOne(and(eq("_id", id), eq("state", "pending"), eq("createdAt", earlier.getDate("createdAt"))));
            } else {
                pause();
            }
        }
        throw new InvalidInputException("error.idempotency-key-busy");
    }

    private boolean claim(String id, String fingerprint) {
        Instant now = clock.instant();
        try {
            keys.insertOne(new Document("_id", id).append("fingerprint", fingerprint).append("state", "pending")
                    .append("createdAt", Date.from(now)).append("expiresAt", Date.from(now.plus(KEPT_FOR))));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Deletes the records past their time (the embedded store ignores the TTL index); returns how many. */
    public long deleteExpired() {
        return keys.deleteMany(lt("expiresAt", Date.from(clock.instant()))).getDeletedCount();
    }

    /**
     * Forgets the retries of an erased person's booking: the fingerprint is a hash of their pseudonym and
     * contact, which could be guessed back from a short list of names.
     */
    public void forgetSubject(String subjectId) {
        keys.deleteMany(eq("subjectId", subjectId));
    }

    private BookingReceipt bookOnce(String id, NewBooking booking, BookingRequester requester) {
        BookingReceipt receipt;
        try {
            receipt = cap.book(requester, () -> bookings.book(booking));
        } catch (RuntimeException refused) {
            keys.deleteOne(eq("_id", id));
            throw refused;
        }
        String subjectId = receipt.subjectId();
        SealedText secret = vault.seal(subjectId, receipt.secret());
        keys.updateOne(eq("_id", id), new Document("$set", new Document("state", "done")
                .append("reference", receipt.reference()).append("service", receipt.service())
                .append("date", receipt.date().toString()).append("start", receipt.start().toString())
                .append("end", receipt.end().toString()).append("subjectId", subjectId)
                .append("secret", secret.ciphertext())));
        return receipt;
    }

    private BookingReceipt receipt(Document done) {
        String secret = vault.open(new SealedText(done.getString("subjectId"), done.getString("secret")))
                .orElseThrow(() -> new InvalidInputException("error.idempotency-key-reused"));
        return new BookingReceipt(done.getString("reference"), secret, done.getString("service"),
                LocalDate.parse(done.getString("date")), LocalTime.parse(done.getString("start")),
                LocalTime.parse(done.getString("end")), done.getString("subjectId"));
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an earlier request", e);
        }
    }

    private static String hmacSha256(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No HmacSHA256 on this JVM", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No SHA-256 on this JVM", e);
        }
    }
}
