package org.lantern.application.booking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.lantern.domain.booking.BookingStatus;
import org.lantern.domain.booking.Consent;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.booking.Refusal;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;

/**
 * The one way anything is booked, for every service: a retry with the same Idempotency-Key answers with the
 * first booking; the caps on upcoming bookings guard a booking that is really new; a reference is claimed, a
 * secret drawn and kept only as a hash, the personal fields sealed under a fresh per-person key; the service's
 * command is sent, and the answer waits until the booking is visible on this node. A service plugs in with a
 * {@link BookingKind}. Blocking: call it off the event loop.
 */
public class BookingPipeline {

    private static final int REFERENCE_ATTEMPTS = 10;
    private static final long RETRY_PAUSE_MILLIS = 50;

    private final IdempotencyRecords retries;
    private final BookingCaps caps;
    private final ReferenceClaims references;
    private final SecretHasher hasher;
    private final PersonalDataVault vault;
    private final Commands commands;
    private final BookingAccess access;
    private final CentreClock clock;
    private final BookingCodes codes;
    private final BookingSettings settings;

    public BookingPipeline(IdempotencyRecords retries, BookingCaps caps, ReferenceClaims references,
                           SecretHasher hasher, PersonalDataVault vault, Commands commands, BookingAccess access,
                           CentreClock clock, BookingCodes codes, BookingSettings settings) {
        this.retries = retries;
        this.caps = caps;
        this.references = references;
        this.hasher = hasher;
        this.vault = vault;
        this.commands = commands;
        this.access = access;
        this.clock = clock;
        this.codes = codes;
        this.settings = settings;
    }

    public <R extends BookingRequest, D extends BookedItem> Booked<D> book(BookingKind<R, D> kind, R request,
                                                                         Optional<IdempotencyKey> key,
                                                                         Requester requester) {
        D item = kind.describe(request);
        if (key.isEmpty()) {
            return caps.book(requester, () -> bookOnce(kind, request, item, null));
        }
        String id = key.get().storedId();
        Supplier<Booked<D>> first = () -> caps.book(requester, () -> bookOnce(kind, request, item, id));
        return idempotently(key.get(), request.fingerprint(), first, item);
    }

    private <R extends BookingRequest, D extends BookedItem> Booked<D> bookOnce(BookingKind<R, D> kind, R request,
                                                                              D item, String keyId) {
        String secret = codes.secret();
        String subjectId = codes.subjectId();
        String reference = claimReference();
        Object command;
        try {
            SealedText[] sealedSecret = new SealedText[1];
            List<SealedText> other = new ArrayList<>();
            Holder holder = holder(request, reference, secret, subjectId, keyId == null ? null : sealedSecret, other);
            command = kind.command(request, item, holder, other, clock.now());
            if (keyId != null) {
                retries.prepare(keyId, reference, subjectId, sealedSecret[0]);
            }
        } catch (RuntimeException notSealed) {
            references.release(reference);
            throw notSealed;
        }
        Object answer;
        try {
            answer = access.changeAndAwait(reference, commands, command, b -> true);
        } catch (RuntimeException notBooked) {
            // only reached when the command itself failed (the wait never fails): nothing was booked, so nothing
            // of it may stay
            vault.forget(subjectId);
            references.release(reference);
            throw notBooked;
        }
        // a service whose aggregate may put the person on a waitlist answers the status it decided
        return new Booked<>(reference, secret, subjectId, item,
                answer instanceof BookingStatus status ? status : BookingStatus.BOOKED);
    }

    /**
     * Seals the personal fields (pseudonym, contact, needs, consent with its time) under a fresh key for this
     * person: one write to the vault. With a retry key, the secret too (into {@code sealedSecret}), for the retry's answer; the service's other personal fields into
     * {@code otherSealed}.
     */
    private Holder holder(BookingRequest request, String reference, String secret, String subjectId,
                          SealedText[] sealedSecret, List<SealedText> otherSealed) {
        List<String> plain = new ArrayList<>(List.of(request.pseudonym()));
        request.contact().ifPresent(c -> plain.addAll(List.of(c.encode(), request.language().toLanguageTag())));
        int needsAt = request.needs().isEmpty() ? -1 : plain.size();
        if (needsAt >= 0) {
            plain.add(request.needs().encode());
        }
        Optional<Consent> consent = request.consentVersion().map(v -> new Consent(v, clock.now()));
        int consentAt = consent.isEmpty() ? -1 : plain.size();
        consent.ifPresent(c -> plain.add(c.encode()));
        int others = plain.size();
        plain.addAll(request.otherPersonalFields());
        if (sealedSecret != null) {
            plain.add(secret);
        }
        List<SealedText> sealed = vault.sealNew(subjectId, plain);
        otherSealed.addAll(sealed.subList(others, others + request.otherPersonalFields().size()));
        if (sealedSecret != null) {
            sealedSecret[0] = sealed.get(sealed.size() - 1);
        }
        boolean contact = request.contact().isPresent();
        return new Holder(reference, hasher.hash(secret), subjectId, sealed.get(0), contact ? sealed.get(1) : null,
                contact ? sealed.get(2) : null, request.remindersMayNameService(),
                needsAt < 0 ? null : sealed.get(needsAt), consentAt < 0 ? null : sealed.get(consentAt));
    }

    private String claimReference() {
        for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
            String reference = codes.reference();
            if (references.claim(reference)) {
                return reference;
            }
        }
        throw new IllegalStateException("No free booking reference after " + REFERENCE_ATTEMPTS + " attempts");
    }

    /**
     * Books once per key. A retry that finds the first request still running waits for it (measured on a
     * monotonic clock: the centre's clock may stand still in tests, or jump), and gives up with 409.
     */
    private <D extends BookedItem> Booked<D> idempotently(IdempotencyKey key, String requestFingerprint,
                                                          Supplier<Booked<D>> first, D item) {
        String id = key.storedId();
        // keyed by the idempotency key, which is never stored: the fingerprint cannot be guessed from a list of names
        String fingerprint = Hashes.hmacSha256(key.value().getBytes(StandardCharsets.UTF_8), requestFingerprint);
        long giveUp = System.nanoTime() + settings.retryWait().toNanos();
        while (System.nanoTime() - giveUp < 0) {
            if (retries.claim(id, fingerprint, clock.instant())) {
                return firstWithKey(id, first);
            }
            Optional<IdempotencyRecords.KeyRecord> earlier = retries.find(id);
            if (earlier.isEmpty()) {
                continue;
            }
            IdempotencyRecords.KeyRecord record = earlier.get();
            if (!fingerprint.equals(record.fingerprint())) {
                throw reused();
            }
            if (record.done()) {
                return replay(record, item);
            }
            if (record.createdAt().isBefore(clock.instant().minus(settings.retryStaleAfter()))) {
                if (bookedBeforeACrash(record)) {
                    retries.complete(id, record.reference(), record.subjectId(), record.secret());
                    return replay(record, item);
                }
                retries.releaseStale(id, record.createdAt());
            } else {
                pause();
            }
        }
        throw new InvalidInputException("error.idempotency-key-busy", Refusal.Kind.CONFLICT);
    }

    /** A first request that stopped (a crash) after its command but before it could say it was done. */
    private boolean bookedBeforeACrash(IdempotencyRecords.KeyRecord record) {
        return record.reference() != null && record.secret() != null && access.exists(record.reference());
    }

    private <D extends BookedItem> Booked<D> firstWithKey(String id, Supplier<Booked<D>> first) {
        Booked<D> booked;
        try {
            booked = first.get();
        } catch (RuntimeException refused) {
            retries.release(id);
            throw refused;
        }
        retries.complete(id, booked.reference(), booked.subjectId(), null);
        return booked;
    }

    private <D extends BookedItem> Booked<D> replay(IdempotencyRecords.KeyRecord record, D item) {
        String secret = vault.open(record.secret()).orElseThrow(BookingPipeline::reused);
        BookingStatus status = access.statusOf(record.reference()).orElse(BookingStatus.BOOKED);
        return new Booked<>(record.reference(), secret, record.subjectId(), item, status);
    }

    private static InvalidInputException reused() {
        return new InvalidInputException("error.idempotency-key-reused", Refusal.Kind.UNPROCESSABLE);
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an earlier request", e);
        }
    }
}
