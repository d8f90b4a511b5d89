package org.lantern.ui.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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

/**
 * The booking form: CSRF, a double tap that books once, the secret shown once (Post/Redirect/Get), the language
 * switch that keeps the place, and a kind sentence for bad input.
 */
@LanternIntegrationTest
class BookingPagesTest {

    @Autowired
    Api api;

    @Test
    void aDoubleTapOnTheFormBooksOnceAndShowsTheSecretOnlyOnce() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:00", "10:30", 30, 3);
        Form form = openForm(sessionId);

        submit(form, "Ama").expectStatus().isSeeOther().expectHeader().location("/book/done");
        submit(form, "Ama").expectStatus().isSeeOther().expectHeader().location("/book/done");
        String first = done(form);
        String again = done(form);

        assertThat(field(first, "reference")).isNotBlank();
        assertThat(field(first, "secret")).matches("[2-9A-Z]{5} [2-9A-Z]{5}");
        assertThat(again).doesNotContain(field(first, "secret")).doesNotContain("id=\"secret\"")
                .contains("the secret is shown only once");
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(2);
    }

    /** Issue 13, item 1: Back and Reload sends the form once more; it must not show the secret again. */
    @Test
    void backAndReloadOnTheBookedPageNeverShowsTheSecretAgain() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "10:30", "11:00", 30, 3);
        Form form = openForm(sessionId);
        submit(form, "Bea").expectStatus().isSeeOther();
        String shown = done(form);
        String secret = field(shown, "secret");

        String reloaded = done(form);
        submit(form, "Bea").expectStatus().isSeeOther();
        String resent = done(form);

        assertThat(secret).isNotBlank();
        assertThat(reloaded + resent).doesNotContain(secret).doesNotContain(secret.replace(" ", ""));
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(2);
    }

    /** Issue 13, item 2: switching language on the booked page keeps the secret, once, for that page's token. */
    @Test
    void theBookedPageChangesLanguageWithoutLosingTheSecretButOnlyOnce() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "11:00", "11:30", 30, 3);
        Form form = openForm(sessionId);
        submit(form, "Cai").expectStatus().isSeeOther();
        String shown = done(form);
        String token = input(shown, "token");
        String secret = field(shown, "secret");

        String spanish = languageSwitch(form, input(shown, "_csrf"), token, "es");
        String replayed = languageSwitch(form, input(shown, "_csrf"), token, "es");

        assertThat(spanish).contains("lang=\"es\"").contains(secret);
        assertThat(replayed).doesNotContain(secret);
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

    /**
     * A form post without its CSRF token books nothing. Issue 13, item 7: when the token ran out with the page
     * session (a form left open), the person goes back to the same time with what they typed, not to an error.
     */
    @Test
    void aFormPostWithoutItsCsrfTokenBooksNothingAndKeepsWhatWasTyped() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "12:00", "12:30", 30, 1);
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("session", sessionId);
        body.add("start", "12:00");
        body.add("pseudonym", "Nia");
        body.add("idempotencyKey", "kept-key-" + Api.key());
        var expired = api.client().post().uri("/book").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(body)).exchange().expectStatus().isSeeOther()
                .expectBody(String.class).returnResult();
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(1);

        ResponseCookie session = expired.getResponseCookies().getFirst("SESSION");
        String again = api.client().get().uri(expired.getResponseHeaders().getLocation().toString())
                .cookie(session.getName(), session.getValue()).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(again).contains("value=\"Nia\"").contains("press Book again")
                .contains("value=\"" + body.getFirst("idempotencyKey") + "\"");
    }

    /** Issue 13, item 5: after "someone has just taken the last place" no Book button, and back to that service. */
    @Test
    void aFullSlotSendsThePersonBackToOtherTimesOfTheSameService() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule("counselling", date, "13:00", "13:50", 50, 1);
        Form form = openForm(sessionId, "counselling");
        api.booked(sessionId, (String) api.availability("counselling", date, date).get(0).get("start"), "Quick");

        String page = submit(form, "Slow").expectStatus().isEqualTo(409).expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(page).contains("someone has just taken the last place").contains("See other times")
                .contains("href=\"/book?list=3\"").doesNotContain("type=\"submit\" class=\"button\"");
    }

    /** Issue 13, item 8: no address a person visits names a service. */
    @Test
    void noLinkOfThePublicPagesNamesAService() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule("police-clinic", date, "15:00", "15:30", 30, 1);
        String home = api.client().get().uri("/").exchange().expectBody(String.class).returnResult()
                .getResponseBody();
        String list = api.client().get().uri("/book?list=2").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String slotForm = openFormPage(sessionId, "police-clinic");
        for (String page : List.of(home, list, slotForm)) {
            Matcher href = Pattern.compile("(?:href|action|formaction)=\"([^\"]*)\"").matcher(page);
            while (href.find()) {
                assertThat(href.group(1)).doesNotContain("police").doesNotContain("sexual")
                        .doesNotContain("counselling").doesNotContain("service=");
            }
        }
    }

    /** Issue 13, item 2: the form's language switch keeps the page and what was typed. */
    @Test
    void theFormChangesLanguageAndKeepsWhatWasTyped() {
        LocalDate date = Api.freshDate();
        String sessionId = api.schedule(date, "16:00", "16:30", 30, 1);
        Form form = openForm(sessionId);
        String html = openFormPage(sessionId, "sexual-health");
        assertThat(html).contains("formaction=\"/book/form?lang=pl\"").contains("form=\"booking\"");

        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("_csrf", form.csrf());
        body.add("session", form.session());
        body.add("start", form.start());
        body.add("idempotencyKey", form.key());
        body.add("pseudonym", "Dora");
        String polish = api.client().post().uri("/book/form?lang=pl").cookie(form.cookie().getName(),
                form.cookie().getValue()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(body)).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(polish).contains("lang=\"pl\"").contains("value=\"Dora\"").contains(form.key());
        assertThat(api.availability("sexual-health", date, date).get(0).get("free")).isEqualTo(1);
    }

    /** Issue 13, item 2: a list of times keeps its place in the new language. */
    @Test
    void theTimesPageChangesLanguageOnTheSameList() {
        String list = api.client().get().uri("/book?list=3").exchange().expectBody(String.class).returnResult()
                .getResponseBody();
        assertThat(list).contains("href=\"/book?list=3&amp;lang=ro\"");
    }

    private String done(Form form) {
        return api.client().get().uri("/book/done").cookie(form.cookie().getName(), form.cookie().getValue())
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private String languageSwitch(Form form, String csrf, String token, String lang) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        body.add("_csrf", csrf);
        body.add("token", token);
        return api.client().post().uri("/book/done?lang=" + lang).cookie(form.cookie().getName(),
                form.cookie().getValue()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(body)).exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
    }

    record Form(String session, String start, String csrf, String key, ResponseCookie cookie) {
    }

    private Form openForm(String sessionId) {
        return openForm(sessionId, "sexual-health");
    }

    private String openFormPage(String sessionId, String service) {
        return api.client().get().uri("/book/slot?session={s}&start={t}", sessionId, startOf(sessionId, service))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private Form openForm(String sessionId, String service) {
        EntityExchangeResult<String> result = api.client().get().uri("/book/slot?session={s}&start={t}", sessionId,
                startOf(sessionId, service)).exchange().expectStatus().isOk().expectBody(String.class).returnResult();
        String html = result.getResponseBody();
        return new Form(sessionId, input(html, "start"), input(html, "_csrf"), input(html, "idempotencyKey"),
                result.getResponseCookies().getFirst("SESSION"));
    }

    /** The wall-clock time of the session's first slot, as the slot links carry it. */
    private String startOf(String sessionId, String service) {
        LocalDate date = LocalDate.parse(sessionId.substring(0, 10));
        String start = (String) api.availability(service, date, date).get(0).get("start");
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
