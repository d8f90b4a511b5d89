package org.lantern.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.CatalogueEntry;
import org.lantern.testing.ListedServices;
import org.lantern.domain.booking.ServiceKind;

class NeedsTest {

    @Test
    void whatAPersonAskedForSurvivesSealingAsOneValue() {
        Needs needs = Needs.of(" Woman ", "Português", List.of("large-print", "step-free"),
                "Second line\nwith a comma, and more");

        Needs back = Needs.decode(needs.encode());

        assertThat(back).isEqualTo(needs);
        assertThat(back.clinicianGender()).isEqualTo("woman");
        assertThat(back.tickCodes()).containsExactly("step-free", "large-print");
        assertThat(back.needsArranging()).isTrue();
    }

    @Test
    void nothingAskedForIsNone() {
        assertThat(Needs.of("", " ", List.of(), null)).isEqualTo(Needs.NONE);
        assertThat(Needs.decode(Needs.NONE.encode())).isEqualTo(Needs.NONE);
        assertThat(Needs.NONE.isEmpty()).isTrue();
        assertThat(Needs.of("man", null, null, null).needsArranging()).isFalse();
    }

    @Test
    void refusesWhatDoesNotFitWithAKindKey() {
        assertThatThrownBy(() -> Needs.of("robot", null, null, null)).hasMessage("error.needs-gender");
        assertThatThrownBy(() -> Needs.of(null, "<b>", null, null)).hasMessage("error.needs-interpreter");
        assertThatThrownBy(() -> Needs.of(null, "x".repeat(41), null, null)).hasMessage("error.needs-interpreter");
        assertThatThrownBy(() -> Needs.of(null, null, List.of("jetpack"), null)).hasMessage("error.needs-access");
        assertThatThrownBy(() -> Needs.of(null, null, null, "x".repeat(201))).hasMessage("error.needs-access");
        assertThat(Needs.of(null, null, null, "é".repeat(200)).access()).hasSize(200);
    }

    @Test
    void itsTextNamesNothingThePersonAskedFor() {
        assertThat(Needs.of("woman", "Thai", List.of("quiet-room"), "a ramp").toString())
                .doesNotContain("woman", "Thai", "quiet", "ramp");
    }

    @Test
    void aConsentKeepsItsWordingsVersionAndTime() {
        Consent consent = new Consent(Consent.PRIVATE_APPOINTMENT_V1, LocalDateTime.of(2026, 11, 30, 4, 30, 12));

        assertThat(Consent.decode(consent.encode())).isEqualTo(consent);
        assertThat(consent.version()).doesNotContain("police");
    }

    @Test
    void onlyAPrivateServiceHasAnotherNameOnSharedScreens() {
        SharedNames names = new SharedNames(org.lantern.testing.TestCatalogue.seeded());
        assertThat(names.shown(new Service("police-clinic"))).isEqualTo("private");
        assertThat(names.shown("counselling")).isEqualTo("counselling");
        assertThat(names.shown("rest")).isEqualTo("rest");
        assertThat(names.fromHandle("private").map(CatalogueEntry::service)).contains(new Service("police-clinic"));
        assertThat(names.fromHandle("sexual-health").map(CatalogueEntry::service))
                .contains(new Service("sexual-health"));
        assertThat(names.fromHandle("nothing")).isEmpty();
    }

    @Test
    void twoPrivateServicesAreNamedApartInLinksButAlikeOnScreens() {
        ListedServices catalogue = org.lantern.testing.TestCatalogue.seeded();
        catalogue.add(org.lantern.testing.TestCatalogue.entry("isva", "Independent sexual violence adviser",
                ServiceKind.SLOTS, true, false, "COUNSELLOR"));
        SharedNames names = new SharedNames(catalogue);

        assertThat(names.shown("isva")).isEqualTo("private");
        assertThat(names.shown("police-clinic")).isEqualTo("private");
        assertThat(names.handle("police-clinic")).isEqualTo("private");
        assertThat(names.handle("isva")).isEqualTo("private-4");
        assertThat(names.fromHandle("private").map(CatalogueEntry::code)).contains("police-clinic");
        assertThat(names.fromHandle("private-4").map(CatalogueEntry::code)).contains("isva");
        assertThat(names.fromHandle("private-1")).isEmpty();
        assertThat(names.handle("sexual-health")).isEqualTo("sexual-health");
    }
}
