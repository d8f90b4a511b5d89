package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Generated bad input for every public route: malformed and oversized bodies, wrong JSON types, control and
 * unusual Unicode characters, missing and extra fields, huge numbers, wrong content types, very long headers.
 * None gets a 5xx, and not one event is appended.
 */
@LanternIntegrationTest
class BadInputAtScaleTest {

    /** Characters a careless or hostile client may send: controls, direction overrides, surrogates, nulls. */
    static final List<String> ODD = List.of("\u0000", "\u0007", "\u202E", "\u200B", "\uFEFF", "\uD83D\uDE00",
            "\uD800", "\\u0000", "%00", "\r\n", "../../etc", "{\"$ne\":null}", "'; db.dropDatabase(); '",
            "\u0130\u0131", "x".repeat(5000));

    @Autowired
    Api api;
    @Autowired
    MongoDatabase database;

    @Test
    void noBadInputGetsA5xxOrAppendsAnEvent() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "16:00", "17:00", 30, 2);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        long eventsBefore = events();
        Random random = new Random(20261130);
        List<String> fiveHundreds = new ArrayList<>();

        for (String body : jsonBodies(sessionId, start, random)) {
            for (MediaType type : List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN,
                    MediaType.APPLICATION_FORM_URLENCODED)) {
                check(fiveHundreds, "POST /api/v1/bookings " + type, c -> c.post().uri("/api/v1/bookings")
                        .contentType(type).bodyValue(body).exchange());
            }
        }
        for (String odd : ODD) {
            check(fiveHundreds, "GET availability", c -> c.get().uri(b -> b.path("/api/v1/availability")
                    .queryParam("service", "{s}").queryParam("from", "{f}").queryParam("to", "{t}")
                    .build(odd, odd, date)).exchange());
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.DELETE)) {
                for (String path : List.of("/api/v1/bookings/{r}", "/api/v1/bookings/{r}/personal-data")) {
                    check(fiveHundreds, method + " " + path, c -> c.method(method).uri(path, odd)
                            .header("Booking-Secret", safeHeader(odd)).exchange());
                }
            }
            check(fiveHundreds, "GET /book", c -> c.get().uri(b -> b.path("/book").queryParam("service", "{s}")
                    .build(odd)).exchange());
            check(fiveHundreds, "GET /book/slot", c -> c.get().uri(b -> b.path("/book/slot")
                    .queryParam("session", "{s}").queryParam("start", "{t}").build(odd, odd)).exchange());
            check(fiveHundreds, "long header", c -> c.get().uri("/").header("Accept-Language", "x".repeat(6000))
                    .header("Idempotency-Key", "k".repeat(7000)).exchange());
        }
        pageForms(fiveHundreds, sessionId);

        assertThat(fiveHundreds).isEmpty();
        assertThat(events()).isEqualTo(eventsBefore);
    }

    @Test
    void aNumberWhereAPseudonymBelongsIsRefused() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "16:00", "16:30", 30, 2);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        for (Object wrong : List.of(12345, 1.5, true)) {
            api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", wrong)).exchange()
                    .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sessionId", sessionId, "start", start, "pseudonym", "Ola",
                        "remindersMayNameService", "yes")).exchange().expectStatus().isBadRequest();
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(2);
    }

    /** The page forms, with a valid CSRF token, so the input reaches the checks behind it. */
    private void pageForms(List<String> fiveHundreds, String sessionId) {
        for (String odd : ODD) {
            for (String path : List.of("/book", "/my-booking", "/my-booking/cancel", "/my-booking/data",
                    "/my-booking/data.json", "/my-booking/forget", "/my-booking/forget/confirm")) {
                PageSession page = new PageSession(api.client());
                page.get("/my-booking");
                int status = page.postForStatus(path, Map.of("session", sessionId, "start", odd, "pseudonym", odd,
                        "contact", odd, "reference", odd, "secret", odd, "idempotencyKey", odd));
                if (status >= 500) {
                    fiveHundreds.add("POST " + path + ": " + status);
                }
            }
        }
    }

    private static List<String> jsonBodies(String sessionId, String start, Random random) {
        List<String> bodies = new ArrayList<>(List.of("", "{", "}", "[]", "null", "\"text\"", "12",
                "{\"sessionId\":", "{\"sessionId\":null,\"start\":null,\"pseudonym\":null}",
                "{\"sessionId\":{},\"start\":[],\"pseudonym\":{}}",
                "{\"sessionId\":\"" + sessionId + "\",\"start\":\"" + start + "\",\"pseudonym\":12}",
                "{\"sessionId\":\"" + sessionId + "\",\"start\":\"" + start + "\",\"pseudonym\":[\"a\"]}",
                "{\"sessionId\":\"" + sessionId + "\",\"start\":99999999999999999999999,\"pseudonym\":\"A\"}",
                "{\"sessionId\":\"" + sessionId + "\",\"start\":\"" + start + "\",\"pseudonym\":\"A\","
                        + "\"contact\":1e308,\"remindersMayNameService\":\"yes\"}",
                "{\"sessionId\":\"" + sessionId + "\",\"start\":\"+999999999-12-31T23:59:59Z\",\"pseudonym\":\"A\"}",
                "{\"sessionId\":\"" + sessionId + "\",\"start\":\"" + start + "\",\"pseudonym\":\"\\u0000\"}",
                "{\"extra\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
                "{\"pseudonym\":\"" + "a".repeat(300_000) + "\"}",
                "{\"sessionId\":\"" + sessionId + "\",\"unknown\":true}"));
        for (String odd : ODD) {
            bodies.add("{\"sessionId\":\"" + escape(odd) + "\",\"start\":\"" + escape(odd) + "\",\"pseudonym\":\""
                    + escape(odd) + "\",\"contact\":\"" + escape(odd) + "\"}");
        }
        for (int i = 0; i < 40; i++) {
            byte[] noise = new byte[random.nextInt(200) + 1];
            random.nextBytes(noise);
            bodies.add(new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return bodies;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Header values cannot carry line breaks or controls: send what an HTTP client can send at all. */
    private static String safeHeader(String text) {
        return text.replaceAll("[\\p{Cntrl}\\p{Cs}\u202E\u200B\uFEFF\u0130\u0131]", "?");
    }

    private void check(List<String> fiveHundreds, String what, Function<WebTestClient, WebTestClient.ResponseSpec> call) {
        int status = call.apply(api.client()).returnResult(String.class).getStatus().value();
        if (status >= 500) {
            fiveHundreds.add(what + ": " + status);
        }
    }

    private long events() {
        return database.getCollection("domainevents").countDocuments();
    }
}
