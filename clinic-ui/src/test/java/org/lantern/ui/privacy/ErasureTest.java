package org.lantern.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;
import org.lantern.application.booking.BookingView;
import org.lantern.application.privacy.PersonalDataErasure;
import org.lantern.application.privacy.Retention;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.PageSession;
import org.lantern.infra.axon.ProjectionRebuild;
import org.lantern.ui.TestClock;
import org.lantern.ui.clinic.ClinicViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

@LanternIntegrationTest
class ErasureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired Api api;
    @Autowired MongoDatabase database;
    @Autowired MongoTemplate axonMongoTemplate;
    @Autowired PersonalDataVault vault;
    @Autowired ClinicViews views;
    @Autowired RetentionJob retention;
    @Autowired PersonalDataErasure erasure;
    @Autowired PrivacyProperties properties;
    @Autowired org.axonframework.queryhandling.QueryGateway queries;
    @Autowired org.lantern.ui.CentreTime time;
    @Autowired ProjectionRebuild rebuild;
    @Autowired org.lantern.projections.clinic.ClinicReadModel clinicReadModel;
    @Autowired TestClock clock;
    @Autowired org.lantern.application.nightcentre.NightRecords nightRecords;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPersonForgetsThemselvesOnTheApiAndNothingOfThemCanBeReadAgain() {
        LocalDate date = Api.freshDate();
        String session = api.schedule(date, "10:00", "11:00", 30, 2);
        String start = PrivacyFixtures.firstSlot(api, "sexual-health", date);
        var kept = PrivacyFixtures.book(api, session, start, "Keeper Pelargonia", null, false);
        var me = PrivacyFixtures.book(api, session, start, "Quillon Verbascum", "+447700900123", false);
        BookingView before = views.booking(me.reference()).orElseThrow();
        assertThat(sealedInEvents(me.reference())).allSatisfy(s -> assertThat(vault.open(s)).isPresent());

        personalData(me).jsonPath("$.pseudonym").isEqualTo("Quillon Verbascum")
                .jsonPath("$.contact.value").isEqualTo("+447700900123");
        api.client().delete().uri("/api/v1/bookings/{r}/personal-data", me.reference())
                .header("Booking-Secret", me.secret()).exchange().expectStatus().isNoContent();

        personalData(me).jsonPath("$.pseudonym").doesNotExist().jsonPath("$.contact").doesNotExist()
                .jsonPath("$.erasure.reason").isEqualTo("PERSON").jsonPath("$.status").isEqualTo("cancelled");
        assertThat(dayListNames(date)).containsExactlyInAnyOrder("Keeper Pelargonia", "(erased)");
        assertErasedEverywhere(before, "Quillon Verbascum", "+447700900123");
        assertThat(vault.open(views.booking(kept.reference()).orElseThrow().pseudonym())).contains("Keeper Pelargonia");

        api.client().delete().uri("/api/v1/bookings/{r}/personal-data", me.reference())
                .header("Booking-Secret", "WRONGSECRET").exchange().expectStatus().isNotFound();
    }

    @Test
    void aPersonForgetsThemselvesThroughThePagesAfterAPlainWordsConfirmation() {
        LocalDate date = Api.freshDate();
        String session = api.schedule(date, "12:00", "12:30", 30, 1);
        var me = PrivacyFixtures.book(api, session, PrivacyFixtures.firstSlot(api, "sexual-health", date),
                "Oriel Saxifrage", "oriel.saxifrage@example.org", false);
        BookingView before = views.booking(me.reference()).orElseThrow();
        PageSession browser = new PageSession(api.client());
        browser.get("/my-booking");
        Map<String, String> codes = Map.of("reference", me.reference(), "secret", me.secret());

        assertThat(browser.post("/my-booking", codes, HttpStatus.OK)).as("the booking page offers to forget")
                .contains("action=\"/my-booking/forget\"", "value=\"" + me.reference() + "\"");
        browser.get("/my-booking");
        String data = browser.post("/my-booking/data", codes, HttpStatus.OK);
        assertThat(data).contains("Oriel Saxifrage", "oriel.saxifrage@example.org", "action=\"/my-booking/forget\"");
        String download = browser.post("/my-booking/data.json", codes, HttpStatus.OK);
        assertThat(download).contains("\"pseudonym\":\"Oriel Saxifrage\"", "\"value\":\"oriel.saxifrage@example.org\"");
        String confirm = browser.post("/my-booking/forget", codes, HttpStatus.OK);
        assertThat(confirm).contains("for good", "/my-booking/forget/confirm");
        assertThat(views.booking(me.reference()).orElseThrow().erased()).as("nothing happens before confirming")
                .isFalse();
        assertThat(browser.post("/my-booking/forget/confirm", codes, HttpStatus.OK)).contains("forgotten you");

        assertErasedEverywhere(before, "Oriel Saxifrage", "oriel.saxifrage@example.org");
        assertThat(browser.post("/my-booking/data", codes, HttpStatus.OK))
                .doesNotContain("Oriel Saxifrage", "action=\"/my-booking/forget\"").contains("have been deleted");
        assertThat(browser.post("/my-booking/forget/confirm", Map.of("reference", me.reference(), "secret", "NOPE"),
                HttpStatus.NOT_FOUND)).contains("could not find");
    }

    @Test
    void aManagerErasesOnRequestAndTheCountsStay() {
        LocalDate date = Api.freshDate();
        String session = api.schedule(date, "14:00", "14:30", 30, 2);
        var me = PrivacyFixtures.book(api, session, PrivacyFixtures.firstSlot(api, "sexual-health", date),
                "Tamsin Ravensara", "tamsin.r@example.net", true);
        BookingView before = views.booking(me.reference()).orElseThrow();

        api.client().post().uri("/api/v1/bookings/{r}/erasure", me.reference()).exchange()
                .expectStatus().isUnauthorized();
        api.admin().post().uri("/api/v1/bookings/{r}/erasure", me.reference()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.erasedNow").isEqualTo(true);
        api.admin().post().uri("/api/v1/bookings/{r}/erasure", me.reference()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.erasedNow").isEqualTo(false);
        api.admin().post().uri("/api/v1/bookings/{r}/erasure", "ZZZZZZ").exchange().expectStatus().isNotFound();
        api.admin().post().uri("/api/v1/bookings/{r}/erasure", "../x").exchange().expectStatus().is4xxClientError();

        assertErasedEverywhere(before, "Tamsin Ravensara", "tamsin.r@example.net");
        personalData(me).jsonPath("$.erasure.reason").isEqualTo("MANAGER").jsonPath("$.status").isEqualTo("booked");
        assertThat(dayListNames(date)).containsExactly("(erased)");
        assertThat(api.availability("sexual-health", date, date)).extracting(s -> s.get("free")).containsExactly(1);
    }

    @Test
    void aManagerErasesOnRequestOnTheStaffPage() {
        LocalDate date = Api.freshDate();
        String session = api.schedule(date, "15:00", "15:30", 30, 1);
        var me = PrivacyFixtures.book(api, session, PrivacyFixtures.firstSlot(api, "sexual-health", date),
                "Linnea Bramble", null, false);
        BookingView before = views.booking(me.reference()).orElseThrow();
        PageSession manager = new PageSession(api.client());
        manager.get("/staff/sign-in");
        manager.post("/staff/sign-in", Map.of("username", LanternIntegrationTest.ADMIN,
                "password", LanternIntegrationTest.ADMIN_PASSWORD), HttpStatus.FOUND);
        manager.get("/staff/erasure");

        assertThat(manager.post("/staff/erasure", Map.of("reference", me.reference()), HttpStatus.BAD_REQUEST))
                .contains("tick the box");
        assertThat(views.booking(me.reference()).orElseThrow().erased()).isFalse();
        assertThat(manager.post("/staff/erasure", Map.of("reference", "ZZZZZZ", "confirmed", "true"),
                HttpStatus.NOT_FOUND)).contains("could not find");
        assertThat(manager.post("/staff/erasure", Map.of("reference", me.reference().toLowerCase(),
                "confirmed", "true"), HttpStatus.OK)).contains("deleted for good");
        assertErasedEverywhere(before, "Linnea Bramble");
    }

    @Test
    void retentionErasesBookingsThatEndedLongerAgoThanTheRetentionAndOnlyThose() {
        LocalDate date = Api.freshDate();
        LocalDate later = Api.freshDate();
        String early = api.schedule(date, "09:00", "09:30", 30, 1);
        String late = api.schedule(later, "09:00", "09:30", 30, 1);
        var old = PrivacyFixtures.book(api, early, PrivacyFixtures.firstSlot(api, "sexual-health", date),
                "Ember Lovage", "+15550100999", false);
        var recent = PrivacyFixtures.book(api, late, PrivacyFixtures.firstSlot(api, "sexual-health", later),
                "Wren Calendula", null, false);
        BookingView before = views.booking(old.reference()).orElseThrow();

        // retention counts in the centre's wall-clock time, as the job does, also across a clock change
        clock.set(date.atTime(LocalTime.of(9, 30)).plus(properties.retention()).minusMinutes(1)
                .atZone(time.zone()).toInstant());
        retention.eraseExpired(); // other tests' bookings on earlier dates may be due; this one is not yet
        assertThat(views.booking(old.reference()).orElseThrow().erased()).isFalse();
        clock.advance(Duration.ofMinutes(2));
        // a job object with no memory of earlier runs: all it needs comes from the store
        Retention afterRestart = new Retention(List.of(clinicReadModel, nightRecords::dueForErasure), erasure, time,
                properties.retention());
        assertThat(afterRestart.eraseExpired()).isGreaterThanOrEqualTo(1);
        assertThat(afterRestart.eraseExpired()).as("each erasure is counted once").isZero();

        assertThat(views.booking(old.reference()).orElseThrow().erasure().reason()).isEqualTo("RETENTION");
        assertThat(views.booking(recent.reference()).orElseThrow().erased()).isFalse();
        assertErasedEverywhere(before, "Ember Lovage", "+15550100999");
    }

    @Test
    void aProjectionRebuiltFromTheEventsStillShowsErased() {
        LocalDate date = Api.freshDate();
        String session = api.schedule(date, "16:00", "16:30", 30, 2);
        String start = PrivacyFixtures.firstSlot(api, "sexual-health", date);
        PrivacyFixtures.book(api, session, start, "Juniper Kestrel", null, false);
        var me = PrivacyFixtures.book(api, session, start, "Sorrel Nightjar", "+447700900456", false);
        api.admin().post().uri("/api/v1/bookings/{r}/erasure", me.reference()).exchange().expectStatus().isOk();

        rebuild.rebuild(org.lantern.projections.clinic.ClinicSessionsProjection.GROUP, clinicReadModel::drop);

        await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.caughtUp(
                org.lantern.projections.clinic.ClinicSessionsProjection.GROUP));
        assertThat(views.booking(me.reference()).map(BookingView::erased)).contains(true);
        assertThat(dayListNames(date)).containsExactlyInAnyOrder("Juniper Kestrel", "(erased)");
        assertThat(PrivacyFixtures.everyDocument(database)).noneMatch(d -> d.contains("Sorrel Nightjar"))
                .noneMatch(d -> d.contains("+447700900456"));
    }

    private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec personalData(
            PrivacyFixtures.Booked booked) {
        return api.client().get().uri("/api/v1/bookings/{r}/personal-data", booked.reference())
                .header("Booking-Secret", booked.secret()).exchange().expectStatus().isOk().expectBody();
    }

    @SuppressWarnings("unchecked")
    private List<String> dayListNames(LocalDate date) {
        Map<String, Object> list = api.admin().get().uri("/api/v1/day-list?date={d}&service=sexual-health", date)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<String> names = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) list.get("sessions")) {
            for (Map<String, Object> slot : (List<Map<String, Object>>) s.get("slots")) {
                for (Map<String, Object> b : (List<Map<String, Object>>) slot.get("bookings")) {
                    names.add((String) b.get("pseudonym"));
                }
            }
        }
        return names;
    }

    /** The key is gone, no document holds the values, and the events' ciphertext no longer opens. */
    private void assertErasedEverywhere(BookingView before, String... values) {
        assertThat(database.getCollection("subject_keys").countDocuments(Filters.eq("_id", before.subjectId())))
                .isZero();
        List<String> documents = PrivacyFixtures.everyDocument(database);
        for (String value : values) {
            assertThat(documents).noneMatch(d -> d.contains(value));
        }
        List<SealedText> sealed = sealedInEvents(before.reference());
        assertThat(sealed).isNotEmpty().allSatisfy(s -> assertThat(vault.open(s)).isEmpty());
        BookingView after = views.booking(before.reference()).orElseThrow();
        assertThat(after.pseudonym()).isNull();
        assertThat(after.contact()).isNull();
        assertThat(after.erased()).isTrue();
    }

    /** The sealed fields of the booking's SlotBookedEvent, read from the raw event documents. */
    private List<SealedText> sealedInEvents(String reference) {
        List<SealedText> sealed = new ArrayList<>();
        for (Document event : axonMongoTemplate.eventCollection()
                .find(Filters.eq("payloadType", SlotBookedEvent.class.getName()))) {
            JsonNode payload = parse(event.get("serializedPayload")).path("holder");
            if (!reference.equals(payload.path("reference").asText())) {
                continue;
            }
            for (String field : List.of("pseudonym", "contact", "language")) {
                JsonNode s = payload.path(field);
                if (s.isObject()) {
                    sealed.add(new SealedText(s.get("subjectId").asText(), s.get("ciphertext").asText()));
                }
            }
        }
        return sealed;
    }

    private static JsonNode parse(Object payload) {
        try {
            return JSON.readTree(payload instanceof Document d ? d.toJson() : payload.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
