package org.lantern.ui.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Reception's desk page: book for a person, show the codes once, look the booking up by reference, cancel it after
 * a confirmation. Every refusal is a kind sentence and changes nothing; every POST answers with a redirect.
 */
@LanternIntegrationTest
class ReceptionDeskPageTest {

    static final String PASSWORD = "reception-desk-page-password";
    private static final Pattern REFERENCE = Pattern.compile("id=\"reference\" class=\"code\">([A-Z0-9]+)<");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\" class=\"code\">([A-Z0-9]+)<");

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A member of reception signed in on the morning of {@code date}, so its sessions are in the next two weeks. */
    private Browser desk(LocalDate date, String name, String role) {
        clock.set(date.atTime(8, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        String username = name + "-" + date.getDayOfYear();
        api.createStaff(username, PASSWORD, role);
        Browser browser = api.browser();
        assertThat(browser.signIn(username, PASSWORD).getResponseHeaders().getLocation()).hasToString("/staff");
        return browser;
    }

    @Test
    void receptionBooksShowsTheCodesOnceLooksUpAndCancelsAfterConfirming() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "10:30", 30, 2);
        Browser desk = desk(date, "desk-page", "RECEPTION");

        assertThat(desk.get("/staff").getResponseBody()).contains("href=\"/staff/desk\"");
        String page = desk.get("/staff/desk?service=sexual-health").getResponseBody();
        assertThat(page).contains("value=\"" + sessionId + "@10:00\"");
        // every site's times are offered: each says where (a session set up without a site is the drop-in's)
        assertThat(page).contains("<small class=\"site-name\"><bdi>The drop-in</bdi></small>");

        EntityExchangeResult<String> booked = desk.post("/staff/desk/book", Map.of("service", "sexual-health",
                "slot", sessionId + "@10:00", "pseudonym", "Desk Page Dara", "interpreter", "Kurdish Sorani"));
        assertThat(booked.getStatus().value()).isEqualTo(303);
        assertThat(booked.getResponseHeaders().getLocation()).hasToString("/staff/desk/booked");

        String receipt = desk.get("/staff/desk/booked").getResponseBody();
        String reference = first(REFERENCE, receipt);
        String secret = first(SECRET, receipt);
        assertThat(secret).hasSize(10);
        assertThat(receipt).doesNotContain("Desk Page Dara");
        String again = desk.get("/staff/desk/booked").getResponseBody();
        assertThat(again).doesNotContain(secret).contains("already shown once");
        // the person holds their booking with the codes reception passed on
        api.client().get().uri("/api/v1/bookings/{r}", reference).header("Booking-Secret", secret).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("booked");
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(1);

        // what the person asked for at the desk reaches the day list, so the room can arrange it
        assertThat(desk.get("/staff/day-list?date=" + date + "&service=sexual-health").getResponseBody())
                .contains("Kurdish Sorani");
        String found = desk.get("/staff/desk/booking?reference=" + reference.toLowerCase()).getResponseBody();
        assertThat(found).contains("Desk Page Dara", "Booked", "/staff/desk/booking/cancel?reference=" + reference);

        String confirm = desk.get("/staff/desk/booking/cancel?reference=" + reference).getResponseBody();
        assertThat(confirm).contains("Cancel this booking?", "Yes, cancel it");
        assertThat(status(reference)).isEqualTo("booked"); // asking is not cancelling

        EntityExchangeResult<String> cancelled = desk.post("/staff/desk/booking/cancel", Map.of("reference", reference));
        assertThat(cancelled.getStatus().value()).isEqualTo(303);
        assertThat(cancelled.getResponseHeaders().getLocation()).hasToString("/staff/desk?notice=cancelled");
        assertThat(status(reference)).isEqualTo("cancelled");
        assertThat(desk.get("/staff/desk?notice=cancelled").getResponseBody()).contains("the time is free again");
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(2);

        String audit = api.admin().get().uri("/api/v1/audit?limit=200").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        for (String type : new String[] {"BOOKED_FOR_PERSON", "BOOKING_LOOKED_UP", "CANCELLED_FOR_PERSON"}) {
            assertThat(audit).containsPattern("\"type\":\"" + type + "\",\"actor\":\"desk-page-" + date.getDayOfYear()
                    + "\",[^}]*\"detail\":\"" + reference + "\"");
        }
        assertThat(audit).doesNotContain("Desk Page Dara");
    }

    @Test
    void aFullSlotABadNameAndNoTimeChosenAreKindSentencesAndBookNothing() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "11:00", 30, 1);
        Browser desk = desk(date, "desk-refusals", "RECEPTION");
        desk.get("/staff/desk");
        api.booked(sessionId, CentreTimes.london(date, 10, 0), "Someone Else");

        EntityExchangeResult<String> full = desk.post("/staff/desk/book", Map.of("service", "sexual-health",
                "slot", sessionId + "@10:00", "pseudonym", "Too Late"));
        assertThat(full.getStatus().value()).isEqualTo(409);
        assertThat(full.getResponseBody()).contains("Someone has just taken the last place", "value=\"Too Late\"");

        EntityExchangeResult<String> badName = desk.post("/staff/desk/book", Map.of("service", "sexual-health",
                "slot", sessionId + "@10:30", "pseudonym", "<b>bold</b>"));
        assertThat(badName.getStatus().value()).isEqualTo(400);
        assertThat(badName.getResponseBody()).contains("The name can have 1 to 40 characters")
                .doesNotContain("<b>bold</b>");

        EntityExchangeResult<String> noTime = desk.post("/staff/desk/book", Map.of("service", "sexual-health",
                "pseudonym", "No Time"));
        assertThat(noTime.getStatus().value()).isEqualTo(404);
        assertThat(noTime.getResponseBody()).contains("Please choose one of the free times.");

        EntityExchangeResult<String> forged = desk.postWithoutToken("/staff/desk/book", Map.of("service",
                "sexual-health", "slot", sessionId + "@10:30", "pseudonym", "Forged"));
        assertThat(forged.getStatus().value()).isEqualTo(403);

        assertThat(api.availability("sexual-health", date, date)).extracting(s -> s.get("free")).containsExactly(0, 1);
        assertThat(desk.get("/staff/desk/booked").getResponseBody()).contains("already shown once");
    }

    @Test
    void anUnknownReferenceAndCancellingTwiceAreKindSentencesAndChangeNothing() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "10:30", 30, 2);
        Browser desk = desk(date, "desk-twice", "RECEPTION");
        String reference = (String) api.booked(sessionId, CentreTimes.london(date, 10, 0), "Twice Tam").get("reference");

        EntityExchangeResult<String> unknown = desk.get("/staff/desk/booking?reference=ZZZZZZ");
        assertThat(unknown.getStatus().value()).isEqualTo(404);
        assertThat(unknown.getResponseBody()).contains("There is no booking with that reference");
        assertThat(desk.get("/staff/desk/booking/cancel?reference=ZZZZZZ").getStatus().value()).isEqualTo(404);
        desk.get("/staff/desk");
        EntityExchangeResult<String> cancelUnknown = desk.post("/staff/desk/booking/cancel",
                Map.of("reference", "ZZZZZZ"));
        assertThat(cancelUnknown.getStatus().value()).isEqualTo(404);

        desk.get("/staff/desk/booking/cancel?reference=" + reference);
        assertThat(desk.post("/staff/desk/booking/cancel", Map.of("reference", reference)).getStatus().value())
                .isEqualTo(303);
        String found = desk.get("/staff/desk/booking?reference=" + reference).getResponseBody();
        assertThat(found).contains("Cancelled").doesNotContain("/staff/desk/booking/cancel?reference=");
        EntityExchangeResult<String> twice = desk.post("/staff/desk/booking/cancel", Map.of("reference", reference));
        assertThat(twice.getStatus().value()).isEqualTo(409);
        assertThat(twice.getResponseBody()).contains("This booking is already cancelled. Nothing was changed.");
        assertThat(status(reference)).isEqualTo("cancelled");
        // the API answers the same refusal
        api.admin().delete().uri("/api/v1/reception/bookings/{r}", reference).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("refused.ALREADY_CANCELLED");
    }

    @Test
    void aPoliceClinicBookingIsAPrivateAppointmentWithoutAName() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule("police-clinic", date, "10:00", "10:30", 30, 1);
        String reference = (String) api.bookedWithConsent(sessionId, CentreTimes.london(date, 10, 0), "Quiet Page Quinn")
                .get("reference");
        Browser desk = desk(date, "desk-private", "MANAGER");
        String found = desk.get("/staff/desk/booking?reference=" + reference).getResponseBody();
        assertThat(found).contains("Private appointment").doesNotContain("Quiet Page Quinn", "Police");
    }

    @Test
    void onlyReceptionAndManagersReachTheDesk() {
        LocalDate date = Api.freshDate();
        Browser clinician = desk(date, "desk-clinician", "CLINICIAN");
        assertThat(clinician.peek("/staff/desk").status().value()).isEqualTo(403);
        assertThat(clinician.get("/staff").getResponseBody()).doesNotContain("href=\"/staff/desk\"");
        Browser night = desk(date, "desk-night", "NIGHT_STAFF");
        assertThat(night.peek("/staff/desk/booking?reference=ZZZZZZ").status().value()).isEqualTo(403);
        assertThat(api.browser().peek("/staff/desk").status().value()).isEqualTo(302);
    }

    private String status(String reference) {
        return (String) api.admin().get().uri("/api/v1/reception/bookings/{r}", reference).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("status");
    }

    private static String first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }
}
