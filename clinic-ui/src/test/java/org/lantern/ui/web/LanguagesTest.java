package org.lantern.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseCookie;

/** Six languages: the browser's language by default, the switcher's choice remembered over it. */
@LanternIntegrationTest
class LanguagesTest {

    @Autowired
    Api api;

    @Test
    void theBrowsersLanguageIsTheDefault() {
        assertThat(home("zh-CN,zh;q=0.9")).contains("<html lang=\"zh\">").contains("<title>预约</title>");
        assertThat(home("pl-PL")).contains("<html lang=\"pl\">").contains("Wyjdź teraz");
        assertThat(home("ro")).contains("<html lang=\"ro\">").contains("Pleacă acum");
        assertThat(home("fr-FR")).contains("<html lang=\"en\">");
    }

    @Test
    void theSwitchersChoiceIsRememberedOverTheBrowsersLanguage() {
        var chosen = api.client().get().uri("/?lang=ro").header("Accept-Language", "es").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult();
        ResponseCookie remembered = chosen.getResponseCookies().getFirst("lang");
        assertThat(remembered).isNotNull();
        assertThat(remembered.isHttpOnly()).isTrue();

        String later = api.client().get().uri("/my-booking").header("Accept-Language", "es")
                .cookie(remembered.getName(), remembered.getValue()).exchange().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(later).contains("<html lang=\"ro\">");
    }

    @Test
    void everyPublicPageOffersAllSixLanguages() {
        String page = home("en");
        for (String code : LanguageResolver.CODES) {
            assertThat(page).contains("href=\"/?lang=" + code + "\"");
        }
    }

    private String home(String acceptLanguage) {
        return api.client().get().uri("/").header("Accept-Language", acceptLanguage).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
