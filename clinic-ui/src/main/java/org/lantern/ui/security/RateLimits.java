package org.lantern.ui.security;

import org.lantern.ui.web.TooManyRequestsException;

import org.lantern.application.booking.LookupGuard;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The brakes on the public pages and on sign-in. Each method either lets the request through or throws a
 * {@link TooManyRequestsException} that the page or the API turns into a kind 429 with Retry-After.
 */
@Component
public class RateLimits implements LookupGuard {

    private final Buckets booking;
    private final Buckets lookup;
    private final Buckets signIn;
    private final Buckets wrongSecrets;

    RateLimits(RateLimitSettings settings, Clock clock) {
        int max = settings.getTrackedClients();
        this.booking = new Buckets(settings.getBooking(), false, clock, max);
        this.lookup = new Buckets(settings.getLookup(), false, clock, max);
        this.signIn = new Buckets(settings.getSignIn(), false, clock, max);
        this.wrongSecrets = new Buckets(settings.getWrongSecrets(), true, clock, max);
    }

    void booking(String address) {
        booking.take(address).ifPresent(wait -> refuse("problem.429", wait));
    }

    void lookup(String address) {
        lookup.take(address).ifPresent(wait -> refuse("problem.429", wait));
    }

    void signInAttempt(String address) {
        signIn.take(address).ifPresent(wait -> refuse("problem.sign-in-429", wait));
    }

    /** HTTP Basic: only failed sign-ins count, so a busy API client is not slowed down by its own work. */
    void signInFailed(String address) {
        signIn.take(address);
    }

    void signInAllowed(String address) {
        signIn.emptyFor(address).ifPresent(wait -> refuse("problem.sign-in-429", wait));
    }

    /**
     * Refuses a look-up for a reference that has had too many wrong secrets lately. The same holds for a
     * reference that does not exist, so the answer tells nothing about which references are real.
     */
    @Override
    public void lookupAllowed(String reference) {
        wrongSecrets.emptyFor(key(reference)).ifPresent(wait -> refuse("problem.reference-locked", wait));
    }

    @Override
    public void wrongSecret(String reference) {
        wrongSecrets.take(key(reference));
    }

    @Override
    public int triesLeft(String reference) {
        return (int) wrongSecrets.available(key(reference));
    }

    private static String key(String reference) {
        return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
    }

    private static void refuse(String messageKey, Duration wait) {
        throw new TooManyRequestsException(messageKey, wait);
    }
}
