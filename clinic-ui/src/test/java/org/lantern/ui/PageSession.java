package org.lantern.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** A browser-like visitor of the pages: keeps its cookies and sends each form with the page's CSRF token. */
public class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final WebTestClient client;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    public PageSession(WebTestClient client) {
        this.client = client;
    }

    public String get(String path) {
        return remember(client.get().uri(path).cookies(c -> cookies.forEach(c::add)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult());
    }

    /** Posts a form as the last page would have; answers the page shown next. */
    public String post(String path, Map<String, String> fields, HttpStatus expected) {
        assertThat(csrf).as("a page with a form was loaded first").isNotNull();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        form.add("_csrf", csrf);
        return remember(client.post().uri(path).cookies(c -> cookies.forEach(c::add))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectStatus().isEqualTo(expected).expectBody(String.class).returnResult());
    }

    /** Posts a form as the last page would have, whatever the answer; gives its status. */
    public int postForStatus(String path, Map<String, String> fields) {
        assertThat(csrf).as("a page with a form was loaded first").isNotNull();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        form.add("_csrf", csrf);
        return client.post().uri(path).cookies(c -> cookies.forEach(c::add))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().returnResult(String.class).getStatus().value();
    }

    /** Posts a form as the last page would have; gives the whole answer (a download, a redirect). */
    public EntityExchangeResult<String> postForResult(String path, Map<String, String> fields) {
        assertThat(csrf).as("a page with a form was loaded first").isNotNull();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        form.add("_csrf", csrf);
        return client.post().uri(path).cookies(c -> cookies.forEach(c::add))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectBody(String.class).returnResult();
    }

    private String remember(EntityExchangeResult<String> result) {
        result.getResponseCookies().forEach((name, values) -> cookies.put(name, values.get(0).getValue()));
        String html = result.getResponseBody() == null ? "" : result.getResponseBody();
        Matcher token = CSRF.matcher(html);
        if (token.find()) {
            csrf = token.group(1);
        }
        return html;
    }
}
