package org.lantern.ui.needs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.CentreTimes;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A person may ask for a clinician of a given gender, an interpreter, access needs: optional, sealed like the
 * pseudonym, shown where reception arranges them, in the right-of-access download, and erased with the person.
 */
@LanternIntegrationTest
class NeedsTest {

    static final String PASSWORD = "needs test password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired Api api;
    @Autowired TestClock clock;
    @Autowired MongoDatabase database;
    @Autowired MongoTemplate axonMongoTemplate;
    @Autowired PersonalDataVault vault;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void interpreterAndAccessNeedsShowOnTheDayListTheDashboardAndTheBoard() {
        LocalDate today = Api.freshDate();
        clock.set(today.atTime(8, 0).atZone(ZoneId.of("Europe/London")).toInstant());
        String session = api.schedule("sexual-health", today, "10:00", "10:30", 30, 2);
        book(session, CentreTimes.london(today, 10, 0), "Needs Nightjar",
                Map.of("interpreter", "Romanian", "access", List.of("step-free", "quiet-room")), false)
                .expectStatus().isCreated();
        book(session, CentreTimes.london(today, 10, 0), "Words Wren",
                Map.of("access", "Please no stairs, I use crutches"), false).expectStatus().isCreated();
        staff("needs-desk", "RECEPTION");

        desk().get().uri("/api/v1/day-list?date={d}&service=sexual-health", today).exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("\"interpreter\":\"Romanian\"",
                        "\"accessTicks\":[\"step-free\",\"quiet-room\"]", "Please no stairs, I use crutches"));
        desk().get().uri("/api/v1/dashboard").exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).contains("Romanian", "step-free", "Please no stairs")
                        .doesNotContain("Needs Nightjar", "Words Wren"));
        desk().get().uri("/api/v1/board").exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).contains("Romanian", "quiet-room", "Please no stairs"));

        Browser page = api.browser();
        page.signIn("needs-desk", PASSWORD);
        assertThat(page.get("/staff/day-list?date=" + today + "&service=sexual-health").getResponseBody())
                .contains("Interpreter", "Romanian", "Step-free access", "A quiet room", "Please no stairs");
        assertThat(page.get("/staff/dashboard").getResponseBody()).contains("Romanian", "Step-free access");
        assertThat(page.get("/staff/board").getResponseBody()).contains("Romanian", "Please no stairs");
    }

    @Test
    void thePersonSaysWhatWouldHelpOnTheBookingPageAndAPageBookingThatDoesNotFitChangesNothing() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("sexual-health", date, "10:00", "10:30", 30, 1);
        Browser person = api.browser();
        String form = person.get("/book/slot?session=" + session + "&start=10:00").getResponseBody();
        assertThat(form).contains("Anything that would help you", "Step-free access", "Large print",
                "An interpreter in this language");

        var refused = person.post("/book", Map.of("session", session, "start", "10:00", "pseudonym", "Page Plover",
                "accessText", "y".repeat(201), "idempotencyKey", Api.key()));
        assertThat(refused.getStatus().value()).isEqualTo(400);
        assertThat(refused.getResponseBody()).contains("Please keep access needs to 200 characters");
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(1);

        org.springframework.util.MultiValueMap<String, String> fields = new org.springframework.util.LinkedMultiValueMap<>();
        fields.add("session", session);
        fields.add("start", "10:00");
        fields.add("pseudonym", "Page Plover");
        fields.add("interpreter", "Amharic");
        fields.add("access", "step-free");
        fields.add("access", "large-print");
        fields.add("accessText", "Guide dog");
        fields.add("clinicianGender", "non-binary");
        fields.add("idempotencyKey", Api.key());
        fields.add("_csrf", person.csrf());
        assertThat(person.send(org.springframework.http.HttpMethod.POST, "/book", fields).getStatus().value())
                .isEqualTo(303);

        api.admin().get().uri("/api/v1/day-list?date={d}&service=sexual-health", date).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.sessions[0].slots[0].bookings[0].needs.interpreter").isEqualTo("Amharic")
                .jsonPath("$.sessions[0].slots[0].bookings[0].needs.accessTicks[1]").isEqualTo("large-print")
                .jsonPath("$.sessions[0].slots[0].bookings[0].needs.access").isEqualTo("Guide dog")
                .jsonPath("$.sessions[0].slots[0].bookings[0].needs.clinicianGender").isEqualTo("non-binary");
    }

    @Test
    void availabilityIsFilteredByTheGenderTheCliniciansChoseToState() {
        LocalDate date = Api.freshDate();
        staff("needs-ana", "CLINICIAN", "woman");
        staff("needs-ben", "CLINICIAN", "man");
        staff("needs-cas", "CLINICIAN");
        String hers = schedule(date, "09:00", "needs-ana");
        String his = schedule(date, "11:00", "needs-ben");
        String unstated = schedule(date, "13:00", "needs-cas");

        assertThat(sessionsOffered(date, "woman")).containsOnly(hers);
        assertThat(sessionsOffered(date, "man")).containsOnly(his);
        assertThat(sessionsOffered(date, "non-binary")).isEmpty();
        assertThat(sessionsOffered(date, null)).contains(hers, his, unstated);
        api.client().get().uri("/api/v1/availability?service=sexual-health&from={d}&to={d}&clinicianGender=robot",
                date, date).exchange().expectStatus().isBadRequest();
    }

    @Test
    void needsThatDoNotFitAreRefusedKindlyAndBookNothing() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("sexual-health", date, "10:00", "10:30", 30, 1);
        String start = CentreTimes.london(date, 10, 0);

        book(session, start, "Too Long", Map.of("access", "x".repeat(201)), false).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("error.needs-access");
        book(session, start, "Odd Tick", Map.of("access", List.of("teleport")), false).expectStatus().isBadRequest();
        book(session, start, "Odd Gender", Map.of("clinicianGender", "robot"), false).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("error.needs-gender");
        book(session, start, "Odd Language", Map.of("interpreter", "<script>"), false).expectStatus().isBadRequest();

        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(1);
    }

    @Test
    void needsAndConsentAreInTheDownloadAndErasedWithThePersonFromEveryDocument() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("police-clinic", date, "17:00", "17:30", 30, 1);
        String marker = "Xylophone ramp near the Quokka door";
        Map<String, Object> booked = book(session, CentreTimes.london(date, 17, 0), "Erased Egret",
                Map.of("interpreter", "Tigrinya", "access", marker), true).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String reference = (String) booked.get("reference");
        String secret = (String) booked.get("secret");
        api.client().get().uri("/api/v1/bookings/{r}/personal-data", reference).header("Booking-Secret", secret)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.needs.interpreter").isEqualTo("Tigrinya").jsonPath("$.needs.access").isEqualTo(marker)
                .jsonPath("$.consent.givenAt").exists();
        List<SealedText> sealed = sealedInEvent(reference);
        assertThat(sealed).hasSize(3).allSatisfy(s -> assertThat(vault.open(s)).isPresent());

        api.client().delete().uri("/api/v1/bookings/{r}/personal-data", reference).header("Booking-Secret", secret)
                .exchange().expectStatus().isNoContent();

        List<String> documents = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            database.getCollection(name).find().forEach((Document d) -> documents.add(name + ": " + d.toJson()));
        }
        assertThat(documents).isNotEmpty().noneMatch(d -> d.contains(marker) || d.contains("Tigrinya")
                || d.contains("Erased Egret"));
        assertThat(sealed).allSatisfy(s -> assertThat(vault.open(s)).isEmpty());
        api.client().get().uri("/api/v1/bookings/{r}/personal-data", reference).header("Booking-Secret", secret)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.needs").doesNotExist().jsonPath("$.consent").doesNotExist();
    }

    private WebTestClient.ResponseSpec book(String session, String start, String pseudonym, Map<String, Object> needs,
                                            boolean consent) {
        Map<String, Object> body = new HashMap<>(Map.of("sessionId", session, "start", start, "pseudonym", pseudonym,
                "needs", needs));
        if (consent) {
            body.put("consent", true);
        }
        return api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private WebTestClient desk() {
        return api.as("needs-desk", PASSWORD);
    }

    private void staff(String username, String role, String... gender) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", PASSWORD,
                "roles", List.of(role)));
        if (gender.length > 0) {
            body.put("gender", gender[0]);
        }
        api.admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().value(s -> assertThat(s).isIn(201, 400));
    }

    @SuppressWarnings("unchecked")
    private String schedule(LocalDate date, String start, String clinician) {
        return (String) api.admin().post().uri("/api/v1/sessions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("service", "sexual-health", "date", date.toString(), "start", start,
                        "end", start.replace(":00", ":30"), "slotMinutes", 30, "placesPerSlot", 1,
                        "clinician", clinician))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody()
                .get("sessionId");
    }

    @SuppressWarnings("unchecked")
    private List<String> sessionsOffered(LocalDate date, String gender) {
        String uri = "/api/v1/availability?service=sexual-health&from=" + date + "&to=" + date
                + (gender == null ? "" : "&clinicianGender=" + gender);
        List<Map<String, Object>> slots = api.client().get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(List.class).returnResult().getResponseBody();
        return slots.stream().map(s -> (String) s.get("sessionId")).toList();
    }

    /** The sealed pseudonym, needs and consent of the booking's event, read from the raw event documents. */
    private List<SealedText> sealedInEvent(String reference) {
        List<SealedText> sealed = new ArrayList<>();
        for (Document event : axonMongoTemplate.eventCollection()
                .find(Filters.eq("payloadType", SlotBookedEvent.class.getName()))) {
            JsonNode holder = parse(event.get("serializedPayload")).path("holder");
            if (reference.equals(holder.path("reference").asText())) {
                for (String field : List.of("pseudonym", "needs", "consent")) {
                    JsonNode s = holder.path(field);
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
