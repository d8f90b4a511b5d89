package org.lantern.ui.sites;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A manager types the opening hours' weekdays in the language of their page. */
class SiteFormTest {

    @Test
    void aWeekdayIsReadInEveryLanguageThePagesSpeakInFullOrShort() {
        assertThat(SiteForm.weekday("MONDAY")).isEqualTo("MONDAY");
        assertThat(SiteForm.weekday("Mon")).isEqualTo("MONDAY");
        assertThat(SiteForm.weekday("lunes")).isEqualTo("MONDAY");
        assertThat(SiteForm.weekday("quarta-feira")).isEqualTo("WEDNESDAY");
        assertThat(SiteForm.weekday("vineri")).isEqualTo("FRIDAY");
        assertThat(SiteForm.weekday("poniedziałek")).isEqualTo("MONDAY");
        assertThat(SiteForm.weekday("星期日")).isEqualTo("SUNDAY");
    }

    @Test
    void aWordThatIsNoWeekdayGoesOnAsTypedForTheCheckToRefuse() {
        assertThat(SiteForm.weekday("someday")).isEqualTo("someday");
    }
}
