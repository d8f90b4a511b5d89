package org.lantern.ui.clinic;

import org.lantern.domain.booking.BookingReference;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

@LanternIntegrationTest
class BookingFlowTest {

    @Autowired
    Api api;

    @Test
    void aPersonBooksSeesAndCancelsAPlace() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "11:00", 30, 1);
        List<Map<String, Object>> slots = api.availability("sexual-health", date, date);
        assertThat(slots).extracting(s -> s.get("free")).containsExactly(1, 1);
        String start = (String) slots.get(0).get("start");

        Map<String, Object> booked = api.booked(sessionId, start, "Rosa");
        String reference = (String) booked.get("reference");
        String secret = (String) booked.get("secret");
        assertThat(reference).hasSize(6).matches("[" + BookingReference.ALPHABET + "]+");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(8).matches("[" + BookingReference.ALPHABET + "]+");
        assertThat(booked).containsEntry("service", "sexual-health").containsEntry("start", start);
        assertThat(api.availability("sexual-health", date, date)).extracting(s -> s.get("free")).containsExactly(0, 1);

        api.client().get().uri("/api/v1/bookings/{r}", reference).header("Booking-Secret", secret).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("booked").jsonPath("$.start").isEqualTo(start);

        api.client().delete().uri("/api/v1/bookings/{r}", reference).header("Booking-Secret", secret).exchange()
                .expectStatus().isNoContent();
        api.client().get().uri("/api/v1/bookings/{r}", reference).header("Booking-Secret", secret).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("cancelled");
        assertThat(api.availability("sexual-health", date, date)).extracting(s -> s.get("free")).containsExactly(1, 1);
    }

    @Test
    void aFullSlotIsRefusedWithConflict() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "09:00", "09:30", 30, 1);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        api.booked(sessionId, start, "First");
        api.book(sessionId, start, "Second").expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("another time"));
    }

    @Test
    void aWrongSecretAnswersExactlyAsAnUnknownReference() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "12:00", "12:30", 30, 1);
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        String reference = (String) api.booked(sessionId, start, "Mo").get("reference");

        byte[] wrongSecret = api.client().get().uri("/api/v1/bookings/{r}", reference)
                .header("Booking-Secret", "WRONGSECRET").exchange().expectStatus().isNotFound()
                .expectBody().returnResult().getResponseBody();
        String unknown = reference.equals("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ";
        byte[] unknownReference = api.client().get().uri("/api/v1/bookings/{r}", unknown)
                .header("Booking-Secret", "WRONGSECRET").exchange().expectStatus().isNotFound()
                .expectBody().returnResult().getResponseBody();
        assertThat(withoutInstance(wrongSecret)).isEqualTo(withoutInstance(unknownReference));

        api.client().delete().uri("/api/v1/bookings/{r}", reference).header("Booking-Secret", "WRONGSECRET")
                .exchange().expectStatus().isNotFound();
        api.client().get().uri("/api/v1/bookings/{r}", reference).exchange().expectStatus().isNotFound();
    }

    private static String withoutInstance(byte[] body) {
        return new String(body).replaceAll("\"instance\":\"[^\"]*\",?", "");
    }
}
