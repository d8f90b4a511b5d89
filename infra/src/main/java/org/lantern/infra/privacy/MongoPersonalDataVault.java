package org.lantern.infra.privacy;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Binary;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;

/**
 * Keys per data subject in their own collection, apart from the events; AES-256-GCM from the JDK. The subject
 * id is bound into each ciphertext as associated data, so a value cannot be moved to another subject.
 * Keys are not cached: once {@link #forget} returns, no node can open the subject's data again.
 */
public class MongoPersonalDataVault implements PersonalDataVault {

    static final String COLLECTION = "subject_keys";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MongoCollection<Document> keys;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public MongoPersonalDataVault(MongoDatabase database, Clock clock) {
        this.keys = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public SealedText seal(String subjectId, String plaintext) {
        return seal(keyFor(subjectId), subjectId, plaintext);
    }

    /** A fresh subject's key is made and stored first, without looking for one: one write for all its values. */
    @Override
    public List<SealedText> sealNew(String subjectId, List<String> plaintexts) {
        SecretKey key = storeNewKey(subjectId);
        return plaintexts.stream().map(p -> seal(key, subjectId, p)).toList();
    }

    private SealedText seal(SecretKey key, String subjectId, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(subjectId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return new SealedText(subjectId, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    @Override
    public Optional<String> open(SealedText sealed) {
        return findKey(sealed.subjectId()).map(key -> decrypt(key, sealed));
    }

    @Override
    public Map<SealedText, String> openAll(Collection<SealedText> sealed) {
        Set<String> subjects = sealed.stream().map(SealedText::subjectId).collect(Collectors.toSet());
        Map<String, SecretKey> found = new HashMap<>();
        for (Document doc : keys.find(in("_id", subjects))) {
            found.put(doc.getString("_id"), toKey(doc));
        }
        Map<SealedText, String> opened = new HashMap<>();
        for (SealedText s : sealed) {
            SecretKey key = found.get(s.subjectId());
            if (key != null) {
                opened.put(s, decrypt(key, s));
            }
        }
        return opened;
    }

    @Override
    public boolean forget(String subjectId) {
        return keys.deleteOne(eq("_id", subjectId)).getDeletedCount() > 0;
    }

    private SecretKey keyFor(String subjectId) {
        Optional<SecretKey> existing = findKey(subjectId);
        return existing.isPresent() ? existing.get() : storeNewKey(subjectId);
    }

    private SecretKey storeNewKey(String subjectId) {
        SecretKey fresh = newKey();
        try {
            keys.insertOne(new Document("_id", subjectId)
                    .append("key", new Binary(fresh.getEncoded()))
                    .append("createdAt", clock.instant().toString()));
            return fresh;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return findKey(subjectId).orElseThrow(() -> new IllegalStateException("Key vanished while sealing"));
            }
            throw e;
        }
    }

    private Optional<SecretKey> findKey(String subjectId) {
        return Optional.ofNullable(keys.find(eq("_id", subjectId)).first()).map(MongoPersonalDataVault::toKey);
    }

    private static SecretKey toKey(Document doc) {
        return new SecretKeySpec(doc.get("key", Binary.class).getData(), "AES");
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No AES on this JVM", e);
        }
    }

    private static String decrypt(SecretKey key, SealedText sealed) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed.ciphertext());
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(sealed.subjectId().getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed value failed its integrity check", e);
        }
    }
}
