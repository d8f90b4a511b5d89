package org.lantern.ui.walkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.application.walkin.QueueRecords;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A walk-in's pseudonym is for the day: on a later day its key is deleted and the read model forgets it. */
@LanternIntegrationTest
class WalkInNamesErasedTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Api api;
    @Autowired
    TestClock clock;
    @Autowired
    WalkInNamesJob job;
    @Autowired
    QueueRecords records;
    @Autowired
    PersonalDataVault vault;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWalkInsNameIsErasedOnALaterDay() {
        LocalDate day = Api.freshDate();
        LocalDate later = Api.freshDate();
        clock.set(day.atTime(10, 0).atZone(LONDON).toInstant());
        String ticketId = (String) api.admin().post().uri("/api/v1/walk-ins").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "priority", "soon", "pseudonym", "Day Only"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("ticketId");
        SealedText sealed = records.entry(ticketId).orElseThrow().pseudonym();
        assertThat(vault.open(sealed)).contains("Day Only");

        job.eraseEarlierDays();
        assertThat(records.entry(ticketId).orElseThrow().pseudonym()).as("not on its own day").isNotNull();

        clock.set(later.atTime(8, 0).atZone(LONDON).toInstant());
        assertThat(job.eraseEarlierDays()).isGreaterThanOrEqualTo(1);
        assertThat(vault.open(sealed)).isEmpty();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(records.entry(ticketId).orElseThrow().pseudonym()).isNull());
    }
}
