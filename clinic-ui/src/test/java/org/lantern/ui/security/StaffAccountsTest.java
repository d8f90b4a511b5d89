package org.lantern.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.Browser;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

@LanternIntegrationTest
class StaffAccountsTest {

    static final String PASSWORD = "a long and unusual phrase";
    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    Api api;

    private String newStaff(String role) {
        String username = "accounts-" + USERS.incrementAndGet();
        api.createStaff(username, PASSWORD, role);
        return username;
    }

    private Browser signedIn(String username, String password) {
        Browser browser = api.browser();
        assertThat(browser.signIn(username, password).getResponseHeaders().getLocation()).hasToString("/staff");
        return browser;
    }

    private WebTestClient.ResponseSpec post(String uri) {
        return api.admin().post().uri(uri).exchange();
    }

    @Test
    void disablingAnAccountEndsItsSessionAndApiAccessAtOnceAndEnablingBringsThemBack() {
        String username = newStaff("RECEPTION");
        Browser browser = signedIn(username, PASSWORD);
        assertThat(browser.get("/staff/dashboard").getStatus()).isEqualTo(HttpStatus.OK);
        api.as(username, PASSWORD).get().uri("/api/v1/dashboard").exchange().expectStatus().isOk();

        post("/api/v1/staff/" + username + "/disable").expectStatus().isOk()
                .expectBody().jsonPath("$.enabled").isEqualTo(false);

        EntityExchangeResult<String> after = browser.get("/staff/dashboard");
        assertThat(after.getStatus()).isEqualTo(HttpStatus.FOUND);
        assertThat(after.getResponseHeaders().getLocation()).hasToString("/staff/sign-in");
        api.as(username, PASSWORD).get().uri("/api/v1/dashboard").exchange().expectStatus().isUnauthorized();
        assertThat(api.browser().signIn(username, PASSWORD).getResponseHeaders().getLocation())
                .hasToString("/staff/sign-in?error");

        post("/api/v1/staff/" + username + "/enable").expectStatus().isOk();
        assertThat(signedIn(username, PASSWORD).get("/staff/dashboard").getStatus()).isEqualTo(HttpStatus.OK);
        api.as(username, PASSWORD).get().uri("/api/v1/dashboard").exchange().expectStatus().isOk();
    }

    @Test
    void aManagerDisablesThroughThePageAndTheSessionEnds() {
        String username = newStaff("CLINICIAN");
        Browser staff = signedIn(username, PASSWORD);
        Browser manager = signedIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        assertThat(manager.get("/staff/accounts").getResponseBody()).contains(username);
        EntityExchangeResult<String> done = manager.post("/staff/accounts/" + username + "/disable", Map.of());
        assertThat(done.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(manager.get("/staff/accounts?done=disabled").getResponseBody()).contains("The account is disabled");
        assertThat(staff.get("/staff").getStatus()).isEqualTo(HttpStatus.FOUND);
    }

    @Test
    void changingRolesEndsTheSessionSoTheNewRolesApplyAtOnce() {
        String username = newStaff("RECEPTION");
        Browser browser = signedIn(username, PASSWORD);
        api.admin().put().uri("/api/v1/staff/{u}/roles", username).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("CLINICIAN"))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.roles[0]").isEqualTo("CLINICIAN");
        assertThat(browser.get("/staff/dashboard").getStatus()).isEqualTo(HttpStatus.FOUND);
        Browser again = signedIn(username, PASSWORD);
        assertThat(again.get("/staff/dashboard").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(again.get("/staff/day-list").getStatus()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aForcedPasswordChangeComesBeforeAnythingElse() {
        String username = newStaff("RECEPTION");
        post("/api/v1/staff/" + username + "/force-password-change").expectStatus().isOk()
                .expectBody().jsonPath("$.mustChangePassword").isEqualTo(true);
        Browser browser = signedIn(username, PASSWORD);
        EntityExchangeResult<String> sent = browser.get("/staff/dashboard");
        assertThat(sent.getStatus()).isEqualTo(HttpStatus.FOUND);
        assertThat(sent.getResponseHeaders().getLocation()).hasToString("/staff/password");
        api.as(username, PASSWORD).get().uri("/api/v1/dashboard").exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("problem.password-change-required");

        assertThat(browser.get("/staff/password").getResponseBody()).contains("choose a new password");
        assertThat(change(browser, PASSWORD, "password1234", "password1234").getResponseBody())
                .contains("often guessed");
        assertThat(change(browser, PASSWORD, "short", "short").getResponseBody()).contains("12 to 128");
        assertThat(change(browser, PASSWORD, "one new phrase here", "another phrase").getResponseBody())
                .contains("not the same");
        assertThat(change(browser, "not my password", "one new phrase here", "one new phrase here")
                .getResponseBody()).contains("current password was not right");

        String session = browser.session();
        EntityExchangeResult<String> changed = change(browser, PASSWORD, "one new phrase here", "one new phrase here");
        assertThat(changed.getStatus()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(browser.session()).isNotEqualTo(session);
        assertThat(browser.get("/staff/dashboard").getStatus()).isEqualTo(HttpStatus.OK);
        api.as(username, "one new phrase here").get().uri("/api/v1/dashboard").exchange().expectStatus().isOk();
        api.as(username, PASSWORD).get().uri("/api/v1/dashboard").exchange().expectStatus().isUnauthorized();
    }

    private static EntityExchangeResult<String> change(Browser browser, String current, String chosen,
                                                       String repeated) {
        browser.get("/staff/password");
        return browser.post("/staff/password", Map.of("current", current, "chosen", chosen, "repeated", repeated));
    }

    @Test
    void weakPasswordsAreRefusedAndNothingIsCreated() {
        for (Map.Entry<String, String> weak : Map.of("eleven char", "error.password-length",
                "password1234", "error.password-common", "Password1234", "error.password-common",
                "iloveyou1234", "error.password-common").entrySet()) {
            api.admin().post().uri("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", "weak-one", "password", weak.getKey(), "roles", List.of("CLINICIAN")))
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo(weak.getValue());
        }
        Browser manager = signedIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        manager.get("/staff/accounts");
        EntityExchangeResult<String> refused = manager.post("/staff/accounts",
                Map.of("username", "weak-two", "password", "qwertyuiop123", "roles", "CLINICIAN"));
        assertThat(refused.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getResponseBody()).contains("often guessed").doesNotContain("qwertyuiop123");
        api.admin().get().uri("/api/v1/staff").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.username == 'weak-one')]").doesNotExist()
                .jsonPath("$[?(@.username == 'weak-two')]").doesNotExist();
    }

    @Test
    void aManagerCannotLockThemselvesOut() {
        post("/api/v1/staff/admin/disable").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("error.own-account");
        api.admin().put().uri("/api/v1/staff/admin/roles").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("roles", List.of("RECEPTION"))).exchange().expectStatus().isBadRequest();
        post("/api/v1/staff/nobody-here/disable").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("error.account-not-found");
    }

    @Test
    void signInsRefusalsAndAccountChangesAreAuditedWithoutPasswords() {
        String username = newStaff("CLINICIAN");
        Browser browser = signedIn(username, PASSWORD);
        assertThat(browser.get("/staff/sessions").getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        api.browser().signIn(username, "wrong password typed here");
        api.browser().signIn("a password typed as a name", "x");
        post("/api/v1/staff/" + username + "/disable").expectStatus().isOk();

        String audit = new String(api.admin().get().uri("/api/v1/audit?limit=200").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
        assertThat(audit).contains("\"type\":\"SIGNED_IN\",\"actor\":\"" + username + "\"")
                .contains("\"type\":\"SIGN_IN_FAILED\",\"actor\":\"" + username + "\"")
                .contains("\"type\":\"ACCESS_REFUSED\",\"actor\":\"" + username + "\"", "GET /staff/sessions")
                .contains("\"type\":\"ACCOUNT_DISABLED\",\"actor\":\"admin\",\"subject\":\"" + username + "\"")
                .contains("\"type\":\"ACCOUNT_CREATED\"")
                .doesNotContain(PASSWORD, "wrong password typed here", "a password typed as a name",
                        LanternIntegrationTest.ADMIN_PASSWORD);

        Browser manager = signedIn(LanternIntegrationTest.ADMIN, LanternIntegrationTest.ADMIN_PASSWORD);
        assertThat(manager.get("/staff/audit").getResponseBody()).contains("Account disabled", username);
        api.as(newStaff("RECEPTION"), PASSWORD).get().uri("/api/v1/audit").exchange().expectStatus().isForbidden();
    }
}
