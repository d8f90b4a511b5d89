package org.lantern.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lantern.ui.Api;
import org.lantern.ui.LanternIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The partner directory: kept by a manager, shown to everyone in their language (English when not written). */
@LanternIntegrationTest
class PartnersTest {

    @Autowired
    Api api;

    @Test
    @SuppressWarnings("unchecked")
    void aPartnerIsShownInEveryLanguageAndRemoved() {
        Map<String, Object> added = add(Map.of("name", "Safety alerts for sex workers",
                "offers", Map.of("en", "Report and read warnings about dangerous clients", "es",
                        "Avisa y lee alertas sobre clientes peligrosos"),
                "contact", "0800 000 123", "languages", List.of("en", "es", "ro")))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) added.get("id");

        assertThat(shown("es", id)).containsEntry("offer", "Avisa y lee alertas sobre clientes peligrosos");
        assertThat(shown("pt", id)).containsEntry("offer", "Report and read warnings about dangerous clients");
        for (String language : List.of("en", "es", "pt")) {
            String page = api.client().get().uri("/partners?lang={l}", language).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).contains("Safety alerts for sex workers").contains("id=\"quick-exit\"")
                    .contains("lang=\"" + language + "\"");
        }

        api.admin().delete().uri("/api/v1/partners/{id}", id).exchange().expectStatus().isNoContent();
        api.admin().delete().uri("/api/v1/partners/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(all("en")).noneMatch(p -> id.equals(p.get("id")));
    }

    @Test
    void badInputIsRefusedAndAddsNothing() {
        int before = all("en").size();
        add(Map.of("name", "", "offers", Map.of("en", "x"), "contact", "x")).expectStatus().isBadRequest();
        add(Map.of("name", "No English", "offers", Map.of("es", "Solo español"), "contact", "x"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("error.partner-offer");
        add(Map.of("name", "Markup", "offers", Map.of("en", "<script>"), "contact", "x")).expectStatus().isBadRequest();
        add(Map.of("name", "Odd language", "offers", Map.of("en", "Advice"), "contact", "x",
                "languages", List.of("english!"))).expectStatus().isBadRequest();
        add(Map.of("name", "Unknown page language", "offers", Map.of("en", "Advice", "xx", "?"), "contact", "x"))
                .expectStatus().isBadRequest();
        assertThat(all("en")).hasSize(before);
    }

    private WebTestClient.ResponseSpec add(Map<String, Object> body) {
        return api.admin().post().uri("/api/v1/partners").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfferMayBeWrittenInEveryLanguageLanternSpeaks() {
        Map<String, Object> added = add(Map.of("name", "Housing advice", "offers", Map.of("en", "Help with housing",
                "ro", "Ajutor cu locuința", "pl", "Pomoc mieszkaniowa", "zh", "住房帮助"), "contact", "0800 000 124"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) added.get("id");
        assertThat(shown("ro", id)).containsEntry("offer", "Ajutor cu locuința");
        assertThat(shown("zh", id)).containsEntry("offer", "住房帮助");
        api.admin().delete().uri("/api/v1/partners/{id}", id).exchange().expectStatus().isNoContent();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> all(String language) {
        return api.client().get().uri("/api/v1/partners").header("Accept-Language", language).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }

    private Map<String, Object> shown(String language, String id) {
        return all(language).stream().filter(p -> id.equals(p.get("id"))).findFirst().orElseThrow();
    }
}
