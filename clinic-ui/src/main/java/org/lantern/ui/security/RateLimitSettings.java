package org.lantern.ui.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits per client address (and per booking reference for wrong secrets). Each limit allows
 * {@code requests} within {@code per}; tokens come back steadily over that period. docs/security.md
 * lists them with their defaults.
 */
@ConfigurationProperties("lantern.rate-limits")
public class RateLimitSettings {

    /** Booking a place, on the page and the API. */
    private Limit booking = new Limit(20, Duration.ofHours(1));
    /** Looking up or cancelling a booking with its secret, on the page and the API. */
    private Limit lookup = new Limit(30, Duration.ofMinutes(10));
    /** Staff sign-in attempts on the form, and failed HTTP Basic sign-ins on the API. */
    private Limit signIn = new Limit(10, Duration.ofMinutes(10));
    /** Wrong secrets for one reference; then that reference refuses look-ups until the period is over. */
    private Limit wrongSecrets = new Limit(5, Duration.ofMinutes(15));
    /**
     * How many upcoming bookings one client address may hold at once: high, since many people share one address
     * (the centre's Wi-Fi, a mobile carrier's); the per-contact cap and the alert below do the finer work
     * (docs/security.md, "Booking caps").
     */
    private int futureBookingsPerAddress = 40;
    /** At this many upcoming bookings from one address, managers see it on the audit page (once per rise). */
    private int futureBookingsAlertPerAddress = 12;
    /** Upcoming bookings one reminder contact may hold. */
    private int futureBookingsPerContact = 6;
    /** How many addresses and references are remembered per limit; the least recently seen go first. */
    private int trackedClients = 100_000;

    public static class Limit {

        private int requests;
        private Duration per;

        public Limit() {
        }

        Limit(int requests, Duration per) {
            this.requests = requests;
            this.per = per;
        }

        public int getRequests() {
            return requests;
        }

        public void setRequests(int requests) {
            this.requests = requests;
        }

        public Duration getPer() {
            return per;
        }

        public void setPer(Duration per) {
            this.per = per;
        }
    }

    public Limit getBooking() {
        return booking;
    }

    public void setBooking(Limit booking) {
        this.booking = booking;
    }

    public Limit getLookup() {
        return lookup;
    }

    public void setLookup(Limit lookup) {
        this.lookup = lookup;
    }

    public Limit getSignIn() {
        return signIn;
    }

    public void setSignIn(Limit signIn) {
        this.signIn = signIn;
    }

    public Limit getWrongSecrets() {
        return wrongSecrets;
    }

    public void setWrongSecrets(Limit wrongSecrets) {
        this.wrongSecrets = wrongSecrets;
    }

    public int getFutureBookingsPerAddress() {
        return futureBookingsPerAddress;
    }

    public void setFutureBookingsPerAddress(int futureBookingsPerAddress) {
        this.futureBookingsPerAddress = futureBookingsPerAddress;
    }

    public int getFutureBookingsAlertPerAddress() {
        return futureBookingsAlertPerAddress;
    }

    public void setFutureBookingsAlertPerAddress(int futureBookingsAlertPerAddress) {
        this.futureBookingsAlertPerAddress = futureBookingsAlertPerAddress;
    }

    public int getFutureBookingsPerContact() {
        return futureBookingsPerContact;
    }

    public void setFutureBookingsPerContact(int futureBookingsPerContact) {
        this.futureBookingsPerContact = futureBookingsPerContact;
    }

    public int getTrackedClients() {
        return trackedClients;
    }

    public void setTrackedClients(int trackedClients) {
        this.trackedClients = trackedClients;
    }
}
