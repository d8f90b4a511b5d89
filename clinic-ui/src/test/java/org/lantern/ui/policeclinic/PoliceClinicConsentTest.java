package org.lantern.ui.policeclinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.Consent;
import org.lantern.domain.privacy.PersonalDataVault;
import org.lantern.domain.privacy.SealedText;
import org.lantern.domain.session.SlotBookedEvent;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** A police-clinic booking is made only with consent, and the consent (wording's version, time) is in its event. */
@LanternIntegrationTest
class PoliceClinicConsentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired Api api;
    @Autowired MongoTemplate axonMongoTemplate;
    @Autowired PersonalDataVault vault;

    @Test
    void withoutConsentTheApiRefusesWithTheWordingInThePersonsLanguageAndBooksNothing() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("police-clinic", date, "17:00", "17:30", 30, 1);
        String start = (String) api.availability("police-clinic", date, date).get(0).get("start");

        for (Object consent : new Object[] {false, "yes"}) {
            api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                    .header("Accept-Language", "es")
                    .bodyValue(Map.of("sessionId", session, "start", start, "pseudonym", "Sin Prisa", "consent", consent))
                    .exchange().expectStatus().isEqualTo(consent instanceof String ? 400 : 422);
        }
        api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "es")
                .bodyValue(Map.of("sessionId", session, "start", start, "pseudonym", "Sin Prisa")).exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("error.consent-required")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("el agente solo ve el nombre con el que reservas y la hora")
                        .contains("solo si la ley nos obliga").contains("cancelar cuando quieras"));

        assertThat(api.availability("police-clinic", date, date).get(0).get("free")).isEqualTo(1);
    }

    @Test
    void theConsentIsPartOfTheBookingsEventWithTheWordingsVersionAndTheTime() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("police-clinic", date, "17:00", "17:30", 30, 1);
        String start = (String) api.availability("police-clinic", date, date).get(0).get("start");

        String reference = (String) api.bookedWithConsent(session, start, "Quiet Consent").get("reference");

        SealedText consent = sealedConsent(reference);
        Consent opened = Consent.decode(vault.open(consent).orElseThrow());
        assertThat(opened.version()).isEqualTo(Consent.PRIVATE_APPOINTMENT_V1);
        assertThat(opened.givenAt()).isNotNull();
    }

    @Test
    void anotherServiceNeedsNoConsent() {
        LocalDate date = Api.freshDate();
        String session = api.schedule("counselling", date, "14:00", "14:50", 50, 1);
        String start = (String) api.availability("counselling", date, date).get(0).get("start");

        api.booked(session, start, "No Consent Asked");
    }

    private SealedText sealedConsent(String reference) {
        for (Document event : axonMongoTemplate.eventCollection()
                .find(Filters.eq("payloadType", SlotBookedEvent.class.getName()))) {
            JsonNode holder = parse(event.get("serializedPayload")).path("holder");
            if (reference.equals(holder.path("reference").asText())) {
                JsonNode consent = holder.path("consent");
                return new SealedText(consent.get("subjectId").asText(), consent.get("ciphertext").asText());
            }
        }
        throw new AssertionError("no event for " + reference);
    }

    static JsonNode parse(Object payload) {
        try {
            return JSON.readTree(payload instanceof Document d ? d.toJson() : payload.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
