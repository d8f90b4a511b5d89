package org.lantern.projections;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;

/** A vault for projection tests: "ciphertext" is base64 of the plain text, and a forgotten subject opens nothing. */
public class PlainVault implements PersonalDataVault {

    private final Set<String> forgotten = new HashSet<>();

    @Override
    public SealedText seal(String subjectId, String plaintext) {
        return new SealedText(subjectId, Base64.getEncoder().encodeToString(plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public Optional<String> open(SealedText sealed) {
        return forgotten.contains(sealed.subjectId()) ? Optional.empty()
                : Optional.of(new String(Base64.getDecoder().decode(sealed.ciphertext()), StandardCharsets.UTF_8));
    }

    @Override
    public Map<SealedText, String> openAll(Collection<SealedText> sealed) {
        Map<SealedText, String> opened = new HashMap<>();
        sealed.forEach(s -> open(s).ifPresent(p -> opened.put(s, p)));
        return opened;
    }

    @Override
    public boolean forget(String subjectId) {
        return forgotten.add(subjectId);
    }
}
