package org.lantern.domain.privacy;

import java.util.Objects;

/**
 * A personal field as events and read models hold it: ciphertext under the data subject's own key.
 * Deleting that key (crypto-shredding) makes every copy unreadable at once, events included.
 *
 * @param subjectId  the data subject whose key sealed the value; also the key's id
 * @param ciphertext base64 of nonce, ciphertext and authentication tag
 */
public record SealedText(String subjectId, String ciphertext) {

    public SealedText {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }

    @Override
    public String toString() {
        return "SealedText[subject=" + subjectId + "]";
    }
}
