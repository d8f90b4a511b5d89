package org.lantern.ui;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The staff pages as a browser sees them: keeps its cookies, and sends back the CSRF token of the last page
 * that had a form. Redirects are not followed, so a test sees each answer.
 */
public class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final WebTestClient client;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    public Browser(WebTestClient client) {
        this.client = client.mutate().defaultHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build();
    }

    public EntityExchangeResult<String> get(String uri) {
        return remember(client.get().uri(uri).cookies(c -> cookies.forEach(c::add)).exchange()
                .expectBody(String.class).returnResult());
    }

    /**
     * A GET that reads only the status and the first part of the body, for endless streams (Server-Sent
     * Events) as for anything else.
     */
    public Peek peek(String uri) {
        FluxExchangeResult<byte[]> result = client.get().uri(uri).cookies(c -> cookies.forEach(c::add)).exchange()
                .returnResult(byte[].class);
        result.getResponseBody().take(1).blockLast(Duration.ofSeconds(20));
        return new Peek(result.getStatus(), result.getResponseHeaders().getLocation());
    }

    public record Peek(HttpStatusCode status, URI location) {
    }

    /** A form post with the CSRF token of the last page, as a browser would send it. */
    public EntityExchangeResult<String> post(String uri, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        if (csrf != null) {
            form.add("_csrf", csrf);
        }
        return send(HttpMethod.POST, uri, form);
    }

    /** A form post without any CSRF token, as a forged cross-site request would arrive. */
    public EntityExchangeResult<String> postWithoutToken(String uri, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return send(HttpMethod.POST, uri, form);
    }

    public EntityExchangeResult<String> send(HttpMethod method, String uri, MultiValueMap<String, String> form) {
        return remember(client.method(method).uri(uri).cookies(c -> cookies.forEach(c::add))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form))
                .exchange().expectBody(String.class).returnResult());
    }

    /** Signs in through the form; the answer is the redirect to the staff home page. */
    public EntityExchangeResult<String> signIn(String username, String password) {
        get("/staff/sign-in");
        return post("/staff/sign-in", Map.of("username", username, "password", password));
    }

    public String session() {
        return cookies.get("SESSION");
    }

    public String csrf() {
        return csrf;
    }

    /** Uses a session id obtained elsewhere, as an attacker replaying a stolen or planted cookie would. */
    public void plantSession(String session) {
        cookies.put("SESSION", session);
    }

    public void forgetCookies() {
        cookies.clear();
    }

    private EntityExchangeResult<String> remember(EntityExchangeResult<String> result) {
        for (ResponseCookie cookie : result.getResponseCookies().toSingleValueMap().values()) {
            if (cookie.getMaxAge().isZero()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        String body = result.getResponseBody();
        if (body != null) {
            Matcher m = CSRF.matcher(body);
            if (m.find()) {
                csrf = m.group(1);
            }
        }
        return result;
    }
}
