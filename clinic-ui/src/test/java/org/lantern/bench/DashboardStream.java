package org.lantern.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An open GET /api/v1/dashboard/stream, read line by line as Server-Sent Events. For one session it remembers
 * when each count of bookings was first seen, on this JVM's monotonic clock.
 */
final class DashboardStream implements AutoCloseable {

    private final String sessionId;
    private final Map<Integer, Long> firstSeen = new ConcurrentHashMap<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;
    private volatile int status;
    private final Thread reader;

    private DashboardStream(HttpClient client, HttpRequest request, String sessionId) {
        this.sessionId = sessionId;
        this.response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        this.reader = new Thread(this::read, "dashboard-stream");
        reader.setDaemon(true);
        reader.start();
    }

    static DashboardStream open(HttpClient client, HttpRequest request, String sessionId) {
        return new DashboardStream(client, request, sessionId);
    }

    private void read() {
        try {
            HttpResponse<Stream<String>> answer = response.join();
            status = answer.statusCode();
            lines = answer.body();
            lines.forEach(line -> {
                if (line.startsWith("data:")) {
                    long now = System.nanoTime();
                    try {
                        JsonNode summary = LanternApi.JSON.readTree(line.substring("data:".length()));
                        for (JsonNode session : summary.path("sessions")) {
                            if (sessionId.equals(session.path("sessionId").asText())) {
                                firstSeen.putIfAbsent(session.path("booked").asInt(), now);
                            }
                        }
                    } catch (IOException notJson) {
                        // one event per line in Spring's encoding; anything else is not ours to time
                    }
                }
            });
        } catch (RuntimeException closed) {
            // the stream was closed by close(), or the app went away: the waiting side times out and says so
        }
    }

    /** When an event first showed the session with this many bookings; -1 if none within the time given. */
    long awaitCount(int booked, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Long seen = firstSeen.get(booked);
            if (seen != null) {
                return seen;
            }
            Thread.sleep(1);
        }
        return -1;
    }

    int status() {
        return status;
    }

    @Override
    public void close() {
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        response.cancel(true);
    }
}
