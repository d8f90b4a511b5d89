package org.lantern.domain.privacy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seals and opens personal fields with a key that belongs to one data subject. An implementation keeps the
 * keys apart from the events (a MongoDB collection now, a KMS later); forgetting a subject deletes the key.
 */
public interface PersonalDataVault {

    SealedText seal(String subjectId, String plaintext);

    /**
     * Seals several values for a subject that has no key yet, in order: a store can make the key and seal them
     * all with one write. A subject that does have a key keeps it.
     */
    default List<SealedText> sealNew(String subjectId, List<String> plaintexts) {
        return plaintexts.stream().map(p -> seal(subjectId, p)).toList();
    }

    /** Empty when the subject has been forgotten (its key is gone). */
    Optional<String> open(SealedText sealed);

    /** Opens many values with one key look-up per call; forgotten subjects are absent from the answer. */
    Map<SealedText, String> openAll(Collection<SealedText> sealed);

    /** Deletes the subject's key for good. Returns false when there was no key (already forgotten). */
    boolean forget(String subjectId);
}
