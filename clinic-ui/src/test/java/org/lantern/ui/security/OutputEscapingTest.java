package org.lantern.ui.security;

import org.lantern.application.booking.BookingCodes;
import org.lantern.application.booking.Commands;
import org.lantern.domain.booking.Holder;
import org.lantern.domain.session.BookSlotCommand;
import org.lantern.domain.session.ScheduleSessionCommand;
import org.lantern.domain.session.SessionId;
import org.lantern.domain.session.SessionPlan;
import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lantern.domain.booking.Service;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.projections.clinic.ClinicReadModel;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.CentreTime;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Whatever a person typed renders as text. The input rules keep markup and direction overrides out of
 * pseudonyms, clinician names and usernames (tested at the end); to prove the pages would still be safe, the
 * hostile values are also put straight into the event stream, past those rules, as old or imported data might be.
 */
@LanternIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutputEscapingTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\"><svg onload=alert(1)>";
    static final String RIGHT_TO_LEFT = "\u202Egnp.exe";
    static final String CLINICIAN = "<img src=x onerror=alert(1)>";
    static final String PASSWORD = "escaping every value typed";

    @Autowired
    Api api;
    @Autowired
    Commands commands;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    BookingCodes codes;
    @Autowired
    CentreTime time;
    @Autowired
    TestClock clock;
    @Autowired
    ClinicReadModel readModel;

    private LocalDate date;

    @BeforeAll
    void putHostileValuesStraightIntoTheEvents() {
        date = Api.freshDate();
        clock.set(date.atTime(7, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        String sessionId = SessionId.of(date, codes.sessionSuffix()).value();
        commands.send(new ScheduleSessionCommand(sessionId, new Service("sexual-health"), SessionPlan.checked(date,
                LocalTime.of(9, 0), LocalTime.of(10, 0), 30, 5, time.now()), CLINICIAN, time.now()));
        for (String pseudonym : List.of(SCRIPT, ATTRIBUTE, RIGHT_TO_LEFT)) {
            String subject = codes.subjectId();
            commands.send(new BookSlotCommand(sessionId, LocalTime.of(9, 0), new Holder(codes.reference(),
                    "{noop}unused", subject, vault.seal(subject, pseudonym), null, null, false), time.now()));
        }
        api.createStaff("escaping-manager", PASSWORD, "MANAGER");
        // the commands went past the API, which waits for the read model: wait here instead
        await().atMost(Duration.ofSeconds(30))
                .until(() -> readModel.activeBookings(List.of(sessionId)).size() == 3);
    }

    /** Signed in at the clock's present time, which some tests move to the day of the hostile session. */
    private Browser manager() {
        Browser manager = api.browser();
        manager.signIn("escaping-manager", PASSWORD);
        return manager;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void harmless(String html) {
        assertThat(html).doesNotContain("<script>alert", "<svg", "<img");
    }

    @Test
    void theDayListShowsHostilePseudonymsAsText() {
        clock.set(date.atTime(7, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        Browser manager = manager();
        String url = "/staff/day-list?date=" + date + "&service=sexual-health";
        await().atMost(Duration.ofSeconds(10)).until(() -> manager.get(url).getResponseBody().contains("<bdi>"));
        String html = manager.get(url).getResponseBody();
        harmless(html);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;svg onload=alert(1)&gt;")
                .contains("<bdi>" + RIGHT_TO_LEFT + "</bdi>");
    }

    @Test
    void theSessionListShowsAHostileClinicianNameAsText() {
        clock.set(date.atTime(7, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        String html = manager().get("/staff/sessions").getResponseBody();
        harmless(html);
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void theDashboardShowsNoNamesAtAll() {
        clock.set(date.atTime(7, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        String html = manager().get("/staff/dashboard").getResponseBody();
        harmless(html);
        assertThat(html).doesNotContain("alert(1)", RIGHT_TO_LEFT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiAnswersAsJsonThatBrowsersWillNotSniff() {
        api.admin().get().uri("/api/v1/day-list?date={d}&service=sexual-health", date).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody().jsonPath("$.sessions[0].clinician").isEqualTo(CLINICIAN)
                .jsonPath("$.sessions[0].slots[0].bookings[*].pseudonym").value(names ->
                        assertThat((List<Object>) names).contains(SCRIPT, ATTRIBUTE, RIGHT_TO_LEFT));
    }

    @Test
    void aHostileAddressTypedIntoTheBrowserIsShownAsTextInTheAuditLog() {
        // the audit page shows the newest events first, and other tests record events on dates they moved the clock
        // to: this test's events are made later than all of those, so that they are on the first page
        clock.set(java.time.Instant.now().plus(Duration.ofDays(5 * 365)));
        api.createStaff("escaping-reception", PASSWORD, "RECEPTION");
        Browser reception = api.browser();
        reception.signIn("escaping-reception", PASSWORD);
        assertThat(reception.get("/staff/x\"><b>bold").getStatus().value()).isEqualTo(403);
        String html = manager().get("/staff/audit").getResponseBody();
        harmless(html);
        assertThat(html).contains("escaping-reception").doesNotContain("<b>bold")
                .containsAnyOf("/staff/x&quot;&gt;&lt;b&gt;bold", "/staff/x%22%3E%3Cb%3Ebold");
    }

    @Test
    void theInputRulesKeepMarkupAndDirectionOverridesOut() {
        LocalDate day = Api.freshDate();
        String sessionId = api.schedule(day, "11:00", "11:30", 30, 5);
        String start = (String) api.availability("sexual-health", day, day).get(0).get("start");
        for (String pseudonym : List.of(SCRIPT, ATTRIBUTE, RIGHT_TO_LEFT, "Ana\u202Dx", "Ana\u2066x", "Ana\u200Fx")) {
            api.book(sessionId, start, pseudonym).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.code").isEqualTo("error.pseudonym");
        }
        Browser page = api.browser();
        page.get("/book/slot?session=" + sessionId + "&start=11:00");
        var refused = page.post("/book", Map.of("session", sessionId, "start", "11:00", "pseudonym", SCRIPT,
                "idempotencyKey", Api.key()));
        assertThat(refused.getStatus().value()).isEqualTo(400);
        harmless(refused.getResponseBody());
        assertThat(refused.getResponseBody()).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"");
        assertThat(api.availability("sexual-health", day, day).get(0).get("free")).isEqualTo(5);

        api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "date", Api.freshDate().toString(), "start", "10:00",
                        "end", "10:30", "slotMinutes", 30, "placesPerSlot", 1, "clinician", CLINICIAN))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("error.clinician");
        api.admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", SCRIPT, "password", PASSWORD, "roles", List.of("RECEPTION")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("error.username");
    }
}
