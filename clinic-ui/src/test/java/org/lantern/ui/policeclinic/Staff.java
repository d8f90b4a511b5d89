package org.lantern.ui.policeclinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Staff accounts of the police-clinic tests, one per role, made once for every test class (each costs two
 * password hashes, and every account lengthens the shared application's accounts page), on the API and signed in
 * on the pages.
 */
public final class Staff {

    static final String PASSWORD = "police clinic tests";

    private final Api api;
    private final String prefix;
    private final Map<String, Browser> pages = new HashMap<>();
    /** Accounts made in this JVM (the shared application keeps them): each test class reuses them. */
    private static final java.util.Set<String> MADE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Staff(Api api, String prefix) {
        this.api = api;
        this.prefix = prefix;
    }

    public String username(String role) {
        return prefix + "-" + role.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public WebTestClient api(String role) {
        ensure(role, null);
        return api.as(username(role), PASSWORD);
    }

    public Browser page(String role) {
        ensure(role, null);
        return pages.computeIfAbsent(role, r -> {
            Browser browser = api.browser();
            assertThat(browser.signIn(username(r), PASSWORD).getResponseHeaders().getLocation()).hasToString("/staff");
            return browser;
        });
    }

    /** An account of this role, with the gender the person chose to state (or none). */
    public void ensure(String role, String gender) {
        if (!MADE.add(username(role))) {
            return; // each account costs two password hashes: made once
        }
        Map<String, Object> body = new HashMap<>(Map.of("username", username(role), "password", PASSWORD,
                "roles", List.of(role)));
        if (gender != null) {
            body.put("gender", gender);
        }
        api.admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().value(s -> assertThat(s).isIn(201, 400));
    }

    /** A page's body as the signed-in member of staff reads it, status checked. */
    public String read(String role, String path, int status) {
        var result = page(role).get(path);
        assertThat(result.getStatus().value()).as(path).isEqualTo(status);
        return result.getResponseBody();
    }
}
