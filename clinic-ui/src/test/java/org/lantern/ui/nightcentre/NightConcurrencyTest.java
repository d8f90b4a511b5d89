package org.lantern.ui.nightcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.nightcentre.NightDeadlines;
import org.lantern.ui.Api;
import org.lantern.ui.Race;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** Rule 1 at the night centre: a place is never given twice, when everyone asks at once or an offer runs out. */
@LanternIntegrationTest
class NightConcurrencyTest {

    static final int REQUESTS = 50;

    @Autowired
    Api api;
    @Autowired
    TestClock clock;
    @Autowired
    NightDeadlines deadlines;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiftyPeopleAskForTheLastRestPlaceAndExactlyOneGetsIt() throws Exception {
        LocalDate date = Api.freshDate();
        NightClient.theAfternoonOf(clock, date);
        api.planNight(date, 2);
        new NightClient(api).booked(date, "Already here");

        List<Integer> statuses = Race.race(REQUESTS,
                i -> api.bookNight(date, "rest", "Person " + i).returnResult(String.class).getStatus().value());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(REQUESTS - 1);
        api.client().get().uri("/api/v1/nights?from={d}&to={d}", date, date).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].restFree").isEqualTo(0);
    }

    /**
     * The person accepts just as the hold runs out and the sweep passes the offer on: whichever the night decides
     * first wins, and the place is held by exactly one person either way.
     */
    @Test
    void anOfferThatExpiresWhileItIsAcceptedGoesToExactlyOnePerson() throws Exception {
        NightClient nights = new NightClient(api);
        LocalDate date = Api.freshDate();
        NightClient.theAfternoonOf(clock, date);
        api.planNight(date, 1);
        Map<String, Object> first = nights.booked(date, "First");
        Map<String, Object> second = nights.waitlisted(date, "Second");
        Map<String, Object> third = nights.waitlisted(date, "Third");
        nights.cancel(first);
        nights.awaitStatus(second, "offered");
        LocalDateTime expiry = OffsetDateTime.parse((String) nights.look(second).get("offerExpiresAt"))
                .atZoneSameInstant(NightClient.LONDON).toLocalDateTime();
        NightClient.at(clock, expiry.minusNanos(1_000_000));

        List<Integer> outcomes = Race.race(2, i -> {
            if (i == 0) {
                return nights.accept(second).returnResult(String.class).getStatus().value();
            }
            clock.advance(Duration.ofMillis(1));
            return deadlines.sweep();
        });

        if (outcomes.get(0) == 200) {
            nights.awaitStatus(second, "booked");
            nights.awaitStatus(third, "waitlisted");
        } else {
            assertThat(outcomes.get(0)).isEqualTo(409);
            nights.awaitStatus(second, "waitlisted");
            nights.awaitStatus(third, "offered");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> restFree(date) == 0);
    }

    private int restFree(LocalDate date) {
        return (Integer) api.client().get().uri("/api/v1/nights?from={d}&to={d}", date, date).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody().stream()
                .map(n -> ((Map<?, ?>) n).get("restFree")).findFirst().orElseThrow();
    }
}
