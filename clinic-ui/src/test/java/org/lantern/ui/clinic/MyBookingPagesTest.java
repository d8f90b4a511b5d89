package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A booking's own pages as its holder meets them (issue 13, items 6 and 9, and the calendar entry). */
@LanternIntegrationTest
class MyBookingPagesTest {

    @Autowired
    Api api;

    record Held(String reference, String secret, String start) {
    }

    @SuppressWarnings("unchecked")
    private Held book(String service, LocalDate date, String pseudonym, boolean mayNameService) {
        String session = api.schedule(service, date, "10:00", "10:30", 30, 2);
        String start = (String) api.availability(service, date, date).get(0).get("start");
        Map<String, Object> body = new HashMap<>(Map.of("sessionId", session, "start", start, "pseudonym", pseudonym,
                "remindersMayNameService", mayNameService, "consent", true));
        if (mayNameService) {
            body.put("contact", "+447700900123");
        }
        Map<String, Object> booked = api.client().post().uri("/api/v1/bookings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        return new Held((String) booked.get("reference"), (String) booked.get("secret"), start);
    }

    @Test
    void theSecretIsAcceptedWithSpacesDashesAndSmallLetters() {
        Held held = book("sexual-health", Api.freshDate(), "Ines", false);
        String typed = held.secret().substring(0, 5).toLowerCase() + " - " + held.secret().substring(5);
        PageSession page = new PageSession(api.client());
        String form = page.get("/my-booking");
        assertThat(form).contains("id=\"show-secret\"").contains("/js/show-secret.js");

        String found = page.post("/my-booking", Map.of("reference", held.reference().toLowerCase(), "secret", typed),
                HttpStatus.OK);
        assertThat(found).contains("id=\"status\"");
    }

    @Test
    void aWrongSecretSaysHowManyTriesAreLeftBeforeAPause() {
        Held held = book("sexual-health", Api.freshDate(), "Jude", false);
        PageSession page = new PageSession(api.client());
        page.get("/my-booking");

        String first = page.post("/my-booking", Map.of("reference", held.reference(), "secret", "WRONGWRONG"),
                HttpStatus.NOT_FOUND);
        String second = page.post("/my-booking", Map.of("reference", held.reference(), "secret", "WRONGWRONG"),
                HttpStatus.NOT_FOUND);

        assertThat(first).contains("id=\"tries-left\"").contains("You have 4 more tries")
                .contains("value=\"" + held.reference() + "\"");
        assertThat(second).contains("You have 3 more tries");
        assertThat(page.post("/my-booking", Map.of("reference", held.reference(), "secret", held.secret()),
                HttpStatus.OK)).contains("id=\"status\"");
    }

    @Test
    void cancellingAsksFirstAndKeepingLeadsBackToTheBooking() {
        LocalDate date = Api.freshDate();
        Held held = book("sexual-health", date, "Kit", false);
        Map<String, String> codes = Map.of("reference", held.reference(), "secret", held.secret());
        PageSession page = new PageSession(api.client());
        page.get("/my-booking");

        String found = page.post("/my-booking", codes, HttpStatus.OK);
        assertThat(found).contains("action=\"/my-booking/cancel/ask\"").doesNotContain("action=\"/my-booking/cancel\"");
        String ask = page.post("/my-booking/cancel/ask", codes, HttpStatus.OK);
        assertThat(ask).contains("Cancel this booking?").contains("action=\"/my-booking/cancel\"")
                .contains("No, keep my booking");
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).as("nothing cancelled yet")
                .isEqualTo(1);
        assertThat(page.post("/my-booking/cancel", codes, HttpStatus.OK)).contains("Your booking is cancelled");
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(2);
    }

    @Test
    void afterForgetMeTheBookingSaysSoAndOffersForgetMeNoMore() {
        Held held = book("sexual-health", Api.freshDate(), "Lou", false);
        Map<String, String> codes = Map.of("reference", held.reference(), "secret", held.secret());
        PageSession page = new PageSession(api.client());
        page.get("/my-booking");

        String confirm = page.post("/my-booking/forget", codes, HttpStatus.OK);
        assertThat(confirm).as("keeping the booking goes back to it, not to the start")
                .containsPattern("<form action=\"/my-booking\" method=\"post\"[^>]*>(?s).*No, keep my booking");
        page.post("/my-booking/forget/confirm", codes, HttpStatus.OK);
        String after = page.post("/my-booking", codes, HttpStatus.OK);

        assertThat(after).contains("id=\"erased\"").doesNotContain("action=\"/my-booking/forget\"");
    }

    @Test
    void theCalendarEntrySaysOnlyAppointmentAtTheCentresTime() throws Exception {
        LocalDate date = Api.freshDate();
        Held held = book("police-clinic", date, "Mina Secretname", false);
        PageSession page = new PageSession(api.client());
        page.get("/my-booking");

        var download = page.postForResult("/my-booking/calendar", Map.of("reference", held.reference(),
                "secret", held.secret()));

        assertThat(download.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(download.getResponseHeaders().getContentType().toString()).startsWith("text/calendar");
        assertThat(download.getResponseHeaders().getContentDisposition().getFilename()).isEqualTo("appointment.ics");
        String ics = download.getResponseBody();
        VEvent event = parse(ics);
        assertThat(event.getSummary().getValue()).isEqualTo("Appointment");
        assertThat(event.getProperty(Property.LOCATION)).isEmpty();
        assertThat(event.getProperty(Property.DESCRIPTION)).isEmpty();
        DtStart<Temporal> start = event.getDateTimeStart();
        assertThat(start.getParameter("TZID").map(Object::toString)).hasValueSatisfying(
                tz -> assertThat(tz).contains("Europe/London"));
        assertThat(ZonedDateTime.from(start.getDate()).toOffsetDateTime().toInstant())
                .isEqualTo(java.time.OffsetDateTime.parse(held.start()).toInstant());
        assertThat(ics.toLowerCase()).doesNotContain("police").doesNotContain("secretname")
                .doesNotContain("\nlocation").doesNotContain(held.reference().toLowerCase())
                .doesNotContain(held.secret().toLowerCase());
    }

    @Test
    void theCalendarEntryNamesTheCentreOnlyWhenThePersonAllowedItAndSpeaksTheirLanguage() throws Exception {
        Held held = book("sexual-health", Api.freshDate(), "Noor", true);
        PageSession page = new PageSession(api.client());
        page.get("/my-booking?lang=es");

        String ics = page.postForResult("/my-booking/calendar", Map.of("reference", held.reference(),
                "secret", held.secret())).getResponseBody();

        VEvent event = parse(ics);
        assertThat(event.getSummary().getValue()).isEqualTo("Cita");
        assertThat(event.getProperty(Property.LOCATION)).hasValueSatisfying(l -> assertThat(l.getValue()).isEqualTo("Lantern"));
    }

    @Test
    void aWrongSecretGetsNoCalendarEntry() {
        Held held = book("sexual-health", Api.freshDate(), "Oli", false);
        PageSession page = new PageSession(api.client());
        page.get("/my-booking");
        var refused = page.postForResult("/my-booking/calendar", Map.of("reference", held.reference(),
                "secret", "WRONGWRONG"));
        assertThat(refused.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(refused.getResponseBody()).isNull();
    }

    private static VEvent parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty(Property.PRODID)).isPresent();
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    static final ZoneId LONDON = ZoneId.of("Europe/London");
}
