package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** The booking form: CSRF, a double tap that books once, and a kind sentence for bad input. */
@LanternIntegrationTest
class BookingPagesTest {

    @Autowired
    Api api;

    @Test
    void aDoubleTapOnTheFormBooksOnceAndShowsTheSameReference() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "10:30", 30, 3);
        Form form = openForm(sessionId);

        String first = submit(form, "Ama").expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();
        String second = submit(form, "Ama").expectStatus().isOk().expectBody(String.class).returnResult()
                .getResponseBody();

        assertThat(field(first, "reference")).isNotBlank().isEqualTo(field(second, "reference"));
        assertThat(field(first, "secret")).isEqualTo(field(second, "secret"));
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(2);
    }

    @Test
    void aBadPseudonymGetsAKindSentenceAndBooksNothing() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "11:00", "11:30", 30, 1);
        Form form = openForm(sessionId);

        String page = submit(form, "<img src=x>").expectStatus().isBadRequest().expectBody(String.class)
                .returnResult().getResponseBody();

        assertThat(page).contains("Please choose a name of 1 to 40 characters").doesNotContain("<img src=x>")
                .contains("id=\"quick-exit\"");
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(1);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedAndBooksNothing() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "12:00", "12:30", 30, 1);
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("session", sessionId);
        body.add("start", "12:00");
        body.add("pseudonym", "Nia");
        api.client().post().uri("/book").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(body)).exchange().expectStatus().isForbidden();
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(1);
    }

    @Test
    void aFullSlotSendsThePersonBackToOtherTimes() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "13:00", "13:30", 30, 1);
        Form form = openForm(sessionId);
        api.booked(sessionId, (String) api.availability("sexual-health", date, date).get(0).get("start"), "Quick");

        String page = submit(form, "Slow").expectStatus().isEqualTo(409).expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(page).contains("someone has just taken the last place").contains("See other times");
    }

    record Form(String session, String start, String csrf, String key, ResponseCookie cookie) {
    }

    private Form openForm(String sessionId) {
        EntityExchangeResult<String> result = api.client().get().uri("/book/slot?session={s}&start={t}", sessionId,
                startOf(sessionId)).exchange().expectStatus().isOk().expectBody(String.class).returnResult();
        String html = result.getResponseBody();
        return new Form(sessionId, input(html, "start"), input(html, "_csrf"), input(html, "idempotencyKey"),
                result.getResponseCookies().getFirst("SESSION"));
    }

    /** The wall-clock time of the session's first slot, as the slot links carry it. */
    private String startOf(String sessionId) {
        LocalDate date = LocalDate.parse(sessionId.substring(0, 10));
        String start = (String) api.availability("sexual-health", date, date).get(0).get("start");
        return java.time.OffsetDateTime.parse(start).atZoneSameInstant(java.time.ZoneId.of("Europe/London"))
                .toLocalTime().toString();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec submit(Form form, String name) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("_csrf", form.csrf());
        body.add("session", form.session());
        body.add("start", form.start());
        body.add("idempotencyKey", form.key());
        body.add("pseudonym", name);
        return api.client().post().uri("/book").cookie(form.cookie().getName(), form.cookie().getValue())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(body)).exchange();
    }

    private static String input(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("hidden field %s", name).isTrue();
        return m.group(1);
    }

    private static String field(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1) : "";
    }
}
