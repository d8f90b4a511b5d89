package org.lantern.ui.nightcentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.nightcentre.NightDeadlines;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Rest places: book, see, cancel; the waitlist, its held offers passing on, accepting; the release time. */
@LanternIntegrationTest
class NightRestPlacesTest {

    @Autowired
    Api api;
    @Autowired
    TestClock clock;
    @Autowired
    NightDeadlines deadlines;

    NightClient nights;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate night(int restPlaces) {
        nights = new NightClient(api);
        LocalDate date = Api.freshDate();
        NightClient.theAfternoonOf(clock, date);
        api.planNight(date, restPlaces);
        return date;
    }

    @Test
    void aRestPlaceIsBookedSeenAndCancelledWithReferenceAndSecret() {
        LocalDate date = night(2);
        Map<String, Object> booked = nights.booked(date, "Robin");
        assertThat(booked.get("status")).isEqualTo("booked");
        Map<String, Object> seen = nights.look(booked);
        assertThat(seen).containsEntry("kind", "rest").containsEntry("date", date.toString());
        assertThat((String) seen.get("opens")).startsWith(date + "T20:00");
        assertThat((String) seen.get("closes")).startsWith(date.plusDays(1) + "T08:00");

        nights.cancel(booked);

        nights.awaitStatus(booked, "cancelled");
        api.client().get().uri("/api/v1/night-bookings/{r}", booked.get("reference"))
                .header("Booking-Secret", "WRONGSECRET").exchange().expectStatus().isNotFound();
    }

    @Test
    void aFullNightRefusesUnlessThePersonAsksToWait() {
        LocalDate date = night(1);
        nights.booked(date, "First");
        api.bookNight(date, "rest", "Second").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("refused.REST_FULL");
        Map<String, Object> waiting = nights.waitlisted(date, "Second");
        assertThat(waiting.get("status")).isEqualTo("waitlisted");
        nights.awaitStatus(waiting, "waitlisted");
    }

    @Test
    void aFreedPlaceIsOfferedHeldPassedOnAndAccepted() {
        LocalDate date = night(1);
        Map<String, Object> first = nights.booked(date, "First");
        Map<String, Object> second = nights.waitlisted(date, "Second");
        Map<String, Object> third = nights.waitlisted(date, "Third");

        nights.cancel(first);

        nights.awaitStatus(second, "offered");
        Map<String, Object> offered = nights.look(second);
        assertThat(offered.get("status")).isEqualTo("offered");
        assertThat(offered.get("offerExpiresAt")).isNotNull();
        nights.awaitStatus(third, "waitlisted");

        clock.advance(Duration.ofMinutes(30));
        deadlines.sweep();

        nights.awaitStatus(second, "waitlisted");
        nights.awaitStatus(third, "offered");
        nights.accept(second).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code")
                .isEqualTo("refused.OFFER_EXPIRED");
        nights.accept(third).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("booked");
        api.bookNight(date, "rest", "Fourth").expectStatus().isEqualTo(409);
    }

    @Test
    void anOfferStillHeldIsNotPassedOn() {
        LocalDate date = night(1);
        Map<String, Object> first = nights.booked(date, "First");
        Map<String, Object> second = nights.waitlisted(date, "Second");
        nights.cancel(first);
        nights.awaitStatus(second, "offered");

        clock.advance(Duration.ofMinutes(29));
        deadlines.sweep();

        nights.awaitStatus(second, "offered");
        nights.accept(second).expectStatus().isOk();
        nights.awaitStatus(second, "booked");
    }

    @Test
    void aPlaceNotCheckedInByTheReleaseTimeIsReleasedAndOffered() {
        LocalDate date = night(2);
        Map<String, Object> late = nights.booked(date, "Late");
        Map<String, Object> arrived = nights.booked(date, "Arrived");
        Map<String, Object> waiting = nights.waitlisted(date, "Waiting");
        NightClient.at(clock, date.atTime(21, 0));
        nights.check(api.admin(), arrived, "check-in", Map.of()).expectStatus().isOk();

        NightClient.at(clock, date.atTime(22, 59));
        deadlines.sweep();
        nights.awaitStatus(late, "booked");

        NightClient.at(clock, date.atTime(23, 0));
        deadlines.sweep();

        nights.awaitStatus(late, "released");
        nights.awaitStatus(arrived, "checked-in");
        nights.awaitStatus(waiting, "offered");
    }

    @Test
    void aPersonIsCheckedInAndOutByNightStaff() {
        LocalDate date = night(1);
        Map<String, Object> booked = nights.booked(date, "Sam");
        NightClient.at(clock, date.atTime(21, 0));
        nights.check(api.admin(), booked, "check-out", Map.of()).expectStatus().isEqualTo(409);
        nights.check(api.admin(), booked, "check-in", Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("checked-in");
        nights.check(api.admin(), booked, "check-in", Map.of()).expectStatus().isEqualTo(409);
        NightClient.at(clock, date.plusDays(1).atTime(7, 0));
        nights.check(api.admin(), booked, "check-out", Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("checked-out");
    }

    @Test
    void theListOfNightsShowsFreePlaces() {
        LocalDate date = night(3);
        nights.booked(date, "One");
        api.client().get().uri("/api/v1/nights?from={d}&to={d}", date, date).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].date").isEqualTo(date.toString())
                .jsonPath("$[0].restFree").isEqualTo(2)
                .jsonPath("$[0].childcareHeadroom.under2").isEqualTo(0);
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstBookingAndItsStatus() {
        LocalDate date = night(1);
        nights.booked(date, "First");
        String key = Api.key();
        Map<String, Object> body = Map.of("date", date.toString(), "kind", "rest", "pseudonym", "Kai",
                "waitlist", true);
        String reference = (String) api.client().post().uri("/api/v1/night-bookings").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody().get("reference");
        api.client().post().uri("/api/v1/night-bookings").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isAccepted()
                .expectBody().jsonPath("$.reference").isEqualTo(reference).jsonPath("$.status").isEqualTo("waitlisted");
    }

    @Test
    void badInputIsRefusedKindlyAndChangesNothing() {
        LocalDate date = night(1);
        api.bookNight(date, "sofa", "Robin").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("refused.KIND_UNKNOWN");
        api.bookNight(date, "childcare", "Robin").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("refused.NO_CHILDREN");
        api.bookNight(date, "childcare", "Robin", "children", List.of(Map.of("name", "Ash", "ageBand", "teen")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("refused.AGE_BAND_UNKNOWN");
        api.bookNight(LocalDate.of(2031, 1, 1), "rest", "Robin").expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("refused.NIGHT_NOT_FOUND");
        api.bookNight(date, "rest", "<b>").expectStatus().isBadRequest();
        api.admin().post().uri("/api/v1/nights").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("date", date.toString(), "opens", "08:00", "closes", "20:00", "restPlaces", 1))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("refused.CLOSES_NOT_NEXT_MORNING");
        nights.roster(api.admin(), date, "nobody-of-that-name").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("refused.UNKNOWN_STAFF");
        api.client().get().uri("/api/v1/nights?from={d}&to={d}", date, date).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].restFree").isEqualTo(1);
    }

    @Test
    void aWeeklyPatternSetsUpTheNightsOfItsWeekdays() {
        nights = new NightClient(api);
        LocalDate date = Api.freshDate();
        NightClient.at(clock, date.atTime(12, 0));
        List<?> created = api.admin().post().uri("/api/v1/night-patterns").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("weekdays", List.of(date.getDayOfWeek().name()), "restPlaces", 7, "weeks", 2))
                .exchange().expectStatus().isCreated().expectBody(List.class).returnResult().getResponseBody();
        assertThat(created).isNotEmpty();
        api.client().get().uri("/api/v1/nights?from={d}&to={d}", date.plusWeeks(1), date.plusWeeks(1)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[0].restFree").isEqualTo(7);
    }
}
