package org.lantern.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The app's public JSON API (docs/api.md) over real HTTP, as a phone or a manager's script would use it. */
final class LanternApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private final URI base;
    private final String basicAuth;
    private final boolean idempotencyKeys;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    LanternApi(URI base, String adminPassword, boolean idempotencyKeys) {
        this.base = base;
        this.basicAuth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword)
                .getBytes(StandardCharsets.UTF_8));
        this.idempotencyKeys = idempotencyKeys;
    }

    /**
     * A client address of its own for every virtual client: 10.0.0.1, 10.0.0.2, ... sent as X-Forwarded-For,
     * which the app believes because the run sets server.forward-headers-strategy=framework.
     */
    static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    record Slot(String sessionId, String start) {
    }

    record Answer(int status, long nanos, JsonNode body) {

        boolean is(int expected) {
            return status == expected;
        }
    }

    String createSession(LocalDate date, String start, String end, int slotMinutes, int places, String clinician)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service", "sexual-health");
        body.put("date", date.toString());
        body.put("start", start);
        body.put("end", end);
        body.put("slotMinutes", slotMinutes);
        body.put("placesPerSlot", places);
        if (clinician != null) {
            body.put("clinician", clinician);
        }
        Answer answer = send(HttpRequest.newBuilder(base.resolve("/api/v1/sessions")).header("Authorization", basicAuth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        if (!answer.is(201)) {
            throw new IllegalStateException("POST /api/v1/sessions answered " + answer.status() + ": " + answer.body());
        }
        return answer.body().get("sessionId").asText();
    }

    /** Every free slot of the sexual-health clinic between two dates, in the API's own words. */
    List<Slot> availability(LocalDate from, LocalDate to) throws IOException, InterruptedException {
        Answer answer = send(HttpRequest.newBuilder(base.resolve("/api/v1/availability?service=sexual-health&from="
                + from + "&to=" + to)).GET());
        if (!answer.is(200)) {
            throw new IllegalStateException("GET /api/v1/availability answered " + answer.status());
        }
        List<Slot> slots = new ArrayList<>();
        answer.body().forEach(s -> slots.add(new Slot(s.get("sessionId").asText(), s.get("start").asText())));
        return slots;
    }

    LocalDate today() throws IOException, InterruptedException {
        Answer answer = send(HttpRequest.newBuilder(base.resolve("/api/v1/dashboard"))
                .header("Authorization", basicAuth).GET());
        if (!answer.is(200)) {
            throw new IllegalStateException("GET /api/v1/dashboard answered " + answer.status());
        }
        return LocalDate.parse(answer.body().get("date").asText());
    }

    /** One booking, as a service user's phone sends it, from the given client address; status and time taken. */
    Answer book(Slot slot, String clientAddress) {
        int person = PEOPLE.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sessionId", slot.sessionId());
        body.put("start", slot.start());
        body.put("pseudonym", "Bench " + person);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/bookings"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress);
        if (idempotencyKeys) {
            request.header("Idempotency-Key", "bench-" + UUID.randomUUID());
        }
        try {
            return send(request.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException | RuntimeException e) {
            return new Answer(-1, 0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, 0, null);
        }
    }

    /** Reception's live dashboard, as MANAGER over HTTP Basic. */
    DashboardStream dashboardStream(String sessionId) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/dashboard/stream"))
                .header("Authorization", basicAuth).header("Accept", "text/event-stream").GET().build();
        return DashboardStream.open(client, request, sessionId);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long began = System.nanoTime();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - began;
        JsonNode body = null;
        if (response.body() != null && !response.body().isBlank()) {
            try {
                body = JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = JSON.getNodeFactory().textNode(response.body());
            }
        }
        return new Answer(response.statusCode(), nanos, body);
    }
}
