package org.lantern.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A client for the JSON API as a test would use it: as admin, as staff, or as a service user. */
public class Api {

    private static final AtomicInteger DAYS = new AtomicInteger(2);
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    private Environment environment;

    public String baseUrl() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    /**
     * A client from an address of its own (as a trusted proxy would tell the application), so the per-address
     * rate limits and booking caps of one test do not touch another.
     */
    public WebTestClient client() {
        return from(freshAddress());
    }

    /** A client from the given address, for tests of the per-address limits. */
    public WebTestClient from(String address) {
        // the shared application collects staff accounts from every test class: the accounts page outgrows the
        // client's default 256 KB buffer long before a centre's real staff list would
        return WebTestClient.bindToServer().baseUrl(baseUrl()).defaultHeader("X-Forwarded-For", address)
                .codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** An address from the benchmarking range 198.18.0.0/15 (RFC 2544); it only ever travels in a header. */
    public static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198." + (18 + ((n >> 16) & 1)) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    public WebTestClient as(String username, String password) {
        return client().mutate().defaultHeaders(h -> h.setBasicAuth(username, password)).build();
    }

    /** A browser of its own, from an address of its own, with no one signed in yet. */
    public Browser browser() {
        return new Browser(client());
    }

    /** Creates a staff account through the API as admin. */
    public void createStaff(String username, String password, String... roles) {
        admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password, "roles", List.of(roles)))
                .exchange().expectBody(String.class).consumeWith(r -> org.assertj.core.api.Assertions
                        .assertThat(r.getStatus().value()).as("creating %s: %s", username, r.getResponseBody())
                        .isEqualTo(201));
    }

    public WebTestClient admin() {
        return as(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
    }

    /** A date no other test uses, so tests sharing one application do not see each other's sessions. */
    public static LocalDate freshDate() {
        return LocalDate.now().plusDays(DAYS.getAndIncrement());
    }

    public String schedule(LocalDate date, String start, String end, int slotMinutes, int places) {
        return schedule("sexual-health", date, start, end, slotMinutes, places);
    }

    @SuppressWarnings("unchecked")
    public String schedule(String service, LocalDate date, String start, String end, int slotMinutes, int places) {
        Map<String, Object> created = admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", service, "date", date.toString(), "start", start, "end", end,
                        "slotMinutes", slotMinutes, "placesPerSlot", places))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("sessionId");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> availability(String service, LocalDate from, LocalDate to) {
        return client().get().uri("/api/v1/availability?service={s}&from={f}&to={t}", service, from, to)
                .exchange().expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }

    public WebTestClient.ResponseSpec book(String sessionId, String start, String pseudonym) {
        return client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", pseudonym)).exchange();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> booked(String sessionId, String start, String pseudonym) {
        return book(sessionId, start, pseudonym).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    /** A booking that agrees to the police clinic's consent wording (the police clinic refuses one without). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> bookedWithConsent(String sessionId, String start, String pseudonym) {
        return client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", pseudonym, "consent", true))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** A booking with an Idempotency-Key, from a fresh address. */
    public WebTestClient.ResponseSpec bookWithKey(String key, String sessionId, String start, String pseudonym) {
        return bookWithKey(client(), key, sessionId, start, pseudonym);
    }

    /** A booking with an Idempotency-Key, from the given client (and so its address). */
    public static WebTestClient.ResponseSpec bookWithKey(WebTestClient client, String key, String sessionId,
                                                         String start, String pseudonym) {
        return client.post().uri("/api/v1/bookings").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", pseudonym)).exchange();
    }

    /** Sets up a night (20:00 to 08:00) with this many rest places, as admin. */
    public void planNight(LocalDate date, int restPlaces) {
        admin().post().uri("/api/v1/nights").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("date", date.toString(), "restPlaces", restPlaces))
                .exchange().expectStatus().isCreated();
    }

    /** Books a night's rest place or childcare from a fresh address; {@code extra} adds children or waitlist. */
    public WebTestClient.ResponseSpec bookNight(LocalDate date, String kind, String pseudonym, Object... extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("date", date.toString(), "kind", kind,
                "pseudonym", pseudonym));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return client().post().uri("/api/v1/night-bookings").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }
}
