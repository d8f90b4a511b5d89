package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A person moves their own booking to another free time of the same service. The new place is secured before the
 * old one is released: never neither, never both, also when many move at once (rule 1).
 */
@LanternIntegrationTest
class BookingMoveTest {

    @Autowired
    Api api;

    record Held(String reference, String secret) {
    }

    @Test
    void aMoveToAnotherSessionKeepsReferenceAndSecretAndFreesTheOldPlace() {
        LocalDate from = Api.freshDate();
        LocalDate to = Api.freshDate();
        String a = api.schedule(from, "10:00", "11:00", 30, 1);
        String b = api.schedule(to, "10:00", "11:00", 30, 1);
        Held held = book(a, slot(from, 0));
        String target = slot(to, 1);

        move(held, target).expectStatus().isOk().expectBody().jsonPath("$.start").isEqualTo(target)
                .jsonPath("$.reference").isEqualTo(held.reference()).jsonPath("$.status").isEqualTo("booked");

        api.client().get().uri("/api/v1/bookings/{r}", held.reference()).header("Booking-Secret", held.secret())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.start").isEqualTo(target);
        assertThat(free(from, a, 0)).isEqualTo(1);
        assertThat(free(to, b, 1)).isZero();
        api.book(b, target, "Someone else").expectStatus().isEqualTo(409);
        api.book(a, slot(from, 0), "Someone else").expectStatus().isCreated();
    }

    @Test
    void aMoveWithinTheSessionIsOneChange() {
        LocalDate date = Api.freshDate();
        String a = api.schedule(date, "10:00", "11:00", 30, 1);
        Held held = book(a, slot(date, 0));
        move(held, slot(date, 1)).expectStatus().isOk();
        assertThat(free(date, a, 0)).isEqualTo(1);
        assertThat(free(date, a, 1)).isZero();
    }

    @Test
    void aMoveToAFullTimeIsRefusedAndTheOldBookingStays() {
        LocalDate date = Api.freshDate();
        String a = api.schedule(date, "10:00", "11:00", 30, 1);
        Held mine = book(a, slot(date, 0));
        book(a, slot(date, 1));

        move(mine, slot(date, 1)).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code")
                .isEqualTo("refused.SLOT_FULL");
        api.client().get().uri("/api/v1/bookings/{r}", mine.reference()).header("Booking-Secret", mine.secret())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.start").isEqualTo(slot(date, 0))
                .jsonPath("$.status").isEqualTo("booked");
        assertThat(free(date, a, 0)).isZero();
    }

    @Test
    void badInputIsRefusedAndMovesNothing() {
        LocalDate date = Api.freshDate();
        String a = api.schedule(date, "10:00", "11:00", 30, 2);
        Held mine = book(a, slot(date, 0));
        move(new Held(mine.reference(), "WRONGSECRET"), slot(date, 1)).expectStatus().isNotFound();
        move(mine, "tomorrow at ten").expectStatus().isBadRequest();
        move(mine, slot(date, 0).replace("T10:00", "T10:10")).expectStatus().isNotFound();
        api.client().post().uri("/api/v1/bookings/{r}/move", mine.reference()).header("Booking-Secret", mine.secret())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"start\": ").exchange()
                .expectStatus().isBadRequest();
        assertThat(free(date, a, 0)).isEqualTo(1);
        assertThat(free(date, a, 1)).isEqualTo(2);
    }

    @Test
    void theBookingPageOffersOtherTimesAndMovesThere() {
        LocalDate date = Api.freshDate();
        String a = api.schedule("counselling", date, "10:00", "11:40", 50, 1);
        Held mine = book(a, (String) api.availability("counselling", date, date).get(0).get("start"));
        Browser person = api.browser();
        person.get("/my-booking");
        String page = person.post("/my-booking", Map.of("reference", mine.reference(), "secret", mine.secret()))
                .getResponseBody();
        assertThat(page).contains("id=\"move\"").contains("value=\"" + date + "T10:50\"");
        String moved = person.post("/my-booking/move", Map.of("reference", mine.reference(), "secret", mine.secret(),
                "start", date + "T10:50")).getResponseBody();
        assertThat(moved).contains("id=\"moved\"");
        assertThat((Integer) api.availability("counselling", date, date).get(0).get("free")).isEqualTo(1);
    }

    /** Eight people race for the one place of another session: one moves, seven keep what they had. */
    @Test
    void manyMovingIntoTheLastPlaceAtOnceNeverLoseOrDoubleAPlace() throws Exception {
        LocalDate from = Api.freshDate();
        LocalDate to = Api.freshDate();
        String source = api.schedule(from, "10:00", "10:30", 30, 8);
        String target = api.schedule(to, "10:00", "10:30", 30, 1);
        List<Held> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(book(source, slot(from, 0)));
        }
        String last = slot(to, 0);

        List<Integer> statuses = Race.race(8, i -> move(people.get(i), last).returnResult(String.class)
                .getStatus().value());

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        long atTarget = people.stream().filter(p -> startOf(p).equals(last)).count();
        assertThat(atTarget).isEqualTo(1);
        assertThat(people.stream().filter(p -> startOf(p).equals(slot(from, 0)))).hasSize(7);
        api.book(target, last, "Late").expectStatus().isEqualTo(409);
        api.book(source, slot(from, 0), "Newcomer").expectStatus().isCreated();
        api.book(source, slot(from, 0), "One too many").expectStatus().isEqualTo(409);
    }

    /** One person's two moves at once (two phones, two taps): the booking ends in exactly one place. */
    @org.junit.jupiter.api.RepeatedTest(2)
    void oneBookingMovedTwoWaysAtOnceEndsInExactlyOnePlace() throws Exception {
        for (int round = 0; round < 3; round++) {
            LocalDate from = Api.freshDate();
            LocalDate to = Api.freshDate();
            String source = api.schedule(from, "10:00", "10:30", 30, 1);
            api.schedule(to, "10:00", "11:00", 30, 1);
            Held mine = book(source, slot(from, 0));
            List<String> targets = List.of(slot(to, 0), slot(to, 1));

            List<Integer> statuses = Race.race(2, i -> move(mine, targets.get(i)).returnResult(String.class)
                    .getStatus().value());

            // both may succeed one after the other (the second then moves within the new session): what matters is
            // that the booking ends in exactly one of the two places and every other place is free
            assertThat(statuses).isSubsetOf(200, 409).contains(200);
            String now = startOf(mine);
            assertThat(targets).contains(now);
            String other = targets.get(0).equals(now) ? targets.get(1) : targets.get(0);
            String sessionOfTarget = (String) api.availability("sexual-health", to, to).get(0).get("sessionId");
            api.book(sessionOfTarget, now, "Taken").expectStatus().isEqualTo(409);
            api.book(sessionOfTarget, other, "Free").expectStatus().isCreated();
            api.book(source, slot(from, 0), "Freed").expectStatus().isCreated();
        }
    }

    private Held book(String sessionId, String start) {
        Map<String, Object> b = api.booked(sessionId, start, "Mover");
        return new Held((String) b.get("reference"), (String) b.get("secret"));
    }

    private WebTestClient.ResponseSpec move(Held held, String start) {
        return api.client().post().uri("/api/v1/bookings/{r}/move", held.reference())
                .header("Booking-Secret", held.secret()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("start", start)).exchange();
    }

    @SuppressWarnings("unchecked")
    private String startOf(Held held) {
        Map<String, Object> b = api.client().get().uri("/api/v1/bookings/{r}", held.reference())
                .header("Booking-Secret", held.secret()).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody();
        assertThat(b).containsEntry("status", "booked");
        return (String) b.get("start");
    }

    /** The start of the n-th slot of the day's sexual-health sessions (first session), as the API writes it. */
    private String slot(LocalDate date, int n) {
        return (String) api.availability("sexual-health", date, date).get(n).get("start");
    }

    private int free(LocalDate date, String sessionId, int n) {
        return (Integer) api.availability("sexual-health", date, date).stream()
                .filter(s -> sessionId.equals(s.get("sessionId"))).toList().get(n).get("free");
    }
}
