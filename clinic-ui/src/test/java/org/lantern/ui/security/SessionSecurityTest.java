package org.lantern.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.lantern.ui.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

@LanternIntegrationTest
class SessionSecurityTest {

    static final String PASSWORD = "a quiet lantern by the door";
    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    Api api;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Browser signedIn() {
        String username = "session-" + USERS.incrementAndGet();
        api.createStaff(username, PASSWORD, "RECEPTION");
        Browser browser = api.browser();
        EntityExchangeResult<String> signIn = browser.signIn(username, PASSWORD);
        assertThat(signIn.getStatus()).isEqualTo(HttpStatus.FOUND);
        assertThat(signIn.getResponseHeaders().getLocation()).hasToString("/staff");
        assertThat(browser.get("/staff").getStatus()).isEqualTo(HttpStatus.OK);
        return browser;
    }

    private static void assertSentToSignIn(EntityExchangeResult<String> result) {
        assertThat(result.getStatus()).isEqualTo(HttpStatus.FOUND);
        assertThat(result.getResponseHeaders().getLocation()).hasToString("/staff/sign-in");
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneIsWorthNothing() {
        String username = "fixation-" + USERS.incrementAndGet();
        api.createStaff(username, PASSWORD, "RECEPTION");
        Browser browser = api.browser();
        browser.get("/staff/sign-in");
        String before = browser.session();
        assertThat(before).isNotNull();

        browser.post("/staff/sign-in", Map.of("username", username, "password", PASSWORD));
        assertThat(browser.session()).isNotNull().isNotEqualTo(before);

        Browser planted = new Browser(api.client());
        plant(planted, before);
        assertSentToSignIn(planted.get("/staff"));
    }

    @Test
    void signingOutEndsTheSession() {
        Browser browser = signedIn();
        String session = browser.session();
        EntityExchangeResult<String> out = browser.post("/staff/sign-out", Map.of());
        assertThat(out.getStatus()).isEqualTo(HttpStatus.FOUND);
        assertThat(out.getResponseHeaders().getLocation()).hasToString("/staff/sign-in?logout");

        Browser replay = new Browser(api.client());
        plant(replay, session);
        assertSentToSignIn(replay.get("/staff"));
    }

    @Test
    void signingOutNeedsAPostWithTheToken() {
        Browser browser = signedIn();
        assertThat(browser.get("/staff/sign-out").getStatus()).isIn(HttpStatus.FORBIDDEN, HttpStatus.FOUND,
                HttpStatus.NOT_FOUND);
        assertThat(browser.postWithoutToken("/staff/sign-out", Map.of()).getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(browser.get("/staff").getStatus()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() {
        Browser browser = signedIn();
        clock.advance(Duration.ofMinutes(29));
        assertThat(browser.get("/staff").getStatus()).isEqualTo(HttpStatus.OK);
        clock.advance(Duration.ofMinutes(29));
        assertThat(browser.get("/staff").getStatus()).isEqualTo(HttpStatus.OK);
        clock.advance(Duration.ofMinutes(31));
        assertSentToSignIn(browser.get("/staff"));
    }

    @Test
    void aBusySessionStillEndsTwelveHoursAfterItBegan() {
        Browser browser = signedIn();
        for (int i = 0; i < 28; i++) {
            clock.advance(Duration.ofMinutes(25));
            assertThat(browser.get("/staff").getStatus()).as("after %d minutes", (i + 1) * 25)
                    .isEqualTo(HttpStatus.OK);
        }
        clock.advance(Duration.ofMinutes(25));
        assertSentToSignIn(browser.get("/staff"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureOverHttps() {
        ResponseCookie plain = sessionCookie(api.client().get().uri("/staff/sign-in").exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseCookies().getFirst("SESSION"));
        assertThat(plain.isHttpOnly()).isTrue();
        assertThat(plain.getSameSite()).isEqualTo("Lax");
        assertThat(plain.isSecure()).isFalse();

        ResponseCookie overHttps = sessionCookie(api.client().get().uri("/staff/sign-in")
                .header("X-Forwarded-Proto", "https").exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseCookies().getFirst("SESSION"));
        assertThat(overHttps.isSecure()).isTrue();
        assertThat(overHttps.isHttpOnly()).isTrue();
        assertThat(overHttps.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void aFormPostWithoutItsTokenIsRefusedWithAKindPage() {
        Browser browser = signedIn();
        EntityExchangeResult<String> staffForm = browser.postWithoutToken("/staff/sessions", Map.of("service",
                "sexual-health"));
        assertThat(staffForm.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);

        EntityExchangeResult<String> publicForm = api.browser().postWithoutToken("/my-booking",
                Map.of("reference", "ABCDEF", "secret", "ABCDEFGHJK"));
        assertThat(publicForm.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(publicForm.getResponseHeaders().getContentType()).isNotNull()
                .matches(type -> type.isCompatibleWith(MediaType.TEXT_HTML));
        assertThat(publicForm.getResponseBody()).contains("This form has expired").contains("id=\"quick-exit\"");

        Browser withToken = api.browser();
        withToken.get("/my-booking");
        assertThat(withToken.post("/my-booking", Map.of("reference", "ABCDEF", "secret", "ABCDEFGHJK"))
                .getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theApiIsStatelessAndSetsNoSessionCookie() {
        api.admin().get().uri("/api/v1/staff").exchange().expectStatus().isOk()
                .expectHeader().doesNotExist("Set-Cookie");
    }

    private static ResponseCookie sessionCookie(ResponseCookie cookie) {
        assertThat(cookie).as("a SESSION cookie").isNotNull();
        return cookie;
    }

    private static void plant(Browser browser, String session) {
        browser.plantSession(session);
    }
}
