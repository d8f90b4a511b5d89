package org.lantern.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The security headers on each kind of answer: public page, staff page, JSON, problem, error page, file. */
@LanternIntegrationTest
class HeadersTest {

    static final String PASSWORD = "headers on every answer";

    @Autowired
    Api api;

    private static void secure(HttpHeaders headers) {
        String csp = headers.getFirst("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Cache-Control")).contains("no-store");
        assertThat(headers.getFirst("Strict-Transport-Security")).as("HSTS only over HTTPS").isNull();
    }

    private static void check(WebTestClient.ResponseSpec answer, Consumer<HttpHeaders> expectations) {
        expectations.accept(answer.returnResult(byte[].class).getResponseHeaders());
    }

    @Test
    void publicPagesCarryTheHeaders() {
        check(api.client().get().uri("/").exchange().expectStatus().isOk(), HeadersTest::secure);
        check(api.client().get().uri("/my-booking").exchange().expectStatus().isOk(), HeadersTest::secure);
        check(api.client().get().uri("/book/slot?session=none&start=10:00").exchange().expectStatus().isNotFound(),
                HeadersTest::secure);
    }

    @Test
    void staffPagesAndTheirErrorPagesCarryTheHeaders() {
        api.createStaff("headers-manager", PASSWORD, "MANAGER");
        Browser browser = api.browser();
        browser.signIn("headers-manager", PASSWORD);
        secure(browser.get("/staff").getResponseHeaders());
        secure(browser.get("/staff/day-list?date=" + LocalDate.now() + "&service=police-clinic").getResponseHeaders());
        var refused = browser.get("/staff/no-such-page");
        assertThat(refused.getStatus().value()).isEqualTo(403);
        secure(refused.getResponseHeaders());
        var forged = browser.postWithoutToken("/staff/sessions", java.util.Map.of());
        assertThat(forged.getStatus().value()).isEqualTo(403);
        secure(forged.getResponseHeaders());
    }

    @Test
    void apiAnswersAndProblemsCarryTheHeaders() {
        LocalDate date = Api.freshDate();
        check(api.client().get().uri("/api/v1/availability?service=sexual-health&from={d}&to={d}", date, date)
                .exchange().expectStatus().isOk(), HeadersTest::secure);
        check(api.client().get().uri("/api/v1/staff").exchange().expectStatus().isUnauthorized(),
                HeadersTest::secure);
        check(api.client().get().uri("/api/v1/bookings/ABCDEF").exchange().expectStatus().isNotFound(),
                HeadersTest::secure);
        check(api.admin().get().uri("/api/v1/staff").exchange().expectStatus().isOk(), HeadersTest::secure);
    }

    @Test
    void staticFilesAndHealthCarryTheHeaders() {
        check(api.client().get().uri("/css/lantern.css").exchange().expectStatus().isOk(), headers -> {
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        });
        HttpHeaders health = api.client().get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist()
                .jsonPath("$.details").doesNotExist().returnResult().getResponseHeaders();
        secure(health);
        api.client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT);
    }

    @Test
    void overHttpsBrowsersAreToldToKeepUsingHttps() {
        String hsts = api.client().get().uri("/").header("X-Forwarded-Proto", "https").exchange()
                .expectStatus().isOk().returnResult(byte[].class).getResponseHeaders()
                .getFirst("Strict-Transport-Security");
        assertThat(hsts).contains("max-age=");
    }
}
