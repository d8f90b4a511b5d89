package org.lantern.application.sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lantern.application.booking.CentreClock;
import org.lantern.application.booking.InvalidInputException;
import org.lantern.domain.booking.Refusal;

class SitesTest {

    /** A Wednesday. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 0);
    static final List<String> LANGUAGES = List.of("en", "es", "pt", "ro", "pl", "zh");

    final Map<String, SiteDirectory.Site> kept = new TreeMap<>();
    final Set<String> withSessions = new HashSet<>();
    final Sites sites = new Sites(new org.lantern.testing.TestSites.InMemory(kept), withSessions::contains,
            new Clock(), LANGUAGES);

    @Test
    void anEmptyDirectoryIsSeededAndASeededOneIsLeftAsItIs() {
        sites.seedIfEmpty(List.of(dropIn("drop-in"), dropIn("night-centre")));
        assertThat(kept).containsOnlyKeys("drop-in", "night-centre");

        sites.seedIfEmpty(List.of(dropIn("somewhere-else")));
        assertThat(kept).containsOnlyKeys("drop-in", "night-centre");
    }

    @Test
    void aSeedThatBreaksARuleStopsTheStartAndNamesTheSite() {
        assertThatThrownBy(() -> sites.seedIfEmpty(List.of(new SiteDraft("Bad Code", "drop-in", Map.of("en", "X"),
                "1 Street", List.of(new SiteDraft.HoursDraft("MONDAY", "10:00", "12:00")), List.of()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Bad Code")
                .hasMessageContaining("error.site-code");
    }

    @Test
    void theDropInAndASiteThatHadSessionsStayAnEmptyOneGoes() {
        sites.seedIfEmpty(List.of(dropIn("drop-in"), dropIn("night-centre"), dropIn("spare-room")));
        withSessions.add("night-centre");

        assertThatThrownBy(() -> sites.remove("drop-in")).isInstanceOfSatisfying(InvalidInputException.class,
                r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT));
        assertThatThrownBy(() -> sites.remove("night-centre")).isInstanceOf(InvalidInputException.class)
                .hasMessage("error.site-in-use");
        assertThatThrownBy(() -> sites.change("night-centre", van("night-centre")))
                .hasMessage("error.site-in-use");
        sites.remove("spare-room");
        assertThat(kept).containsOnlyKeys("drop-in", "night-centre");
    }

    @Test
    void theVanTakesNoSessionsAndAnUnknownSiteIsRefusedWhileNoSiteIsTheDropIn() {
        sites.seedIfEmpty(List.of(dropIn("drop-in"), van("van")));
        assertThat(sites.bookable(null)).isEqualTo("drop-in");
        assertThat(sites.bookable(" drop-in ")).isEqualTo("drop-in");
        assertThatThrownBy(() -> sites.bookable("van")).hasMessage("error.site-no-sessions");
        assertThatThrownBy(() -> sites.bookable("nowhere")).hasMessage("error.site");
        assertThatThrownBy(() -> sites.bookable("../drop-in")).hasMessage("error.site");
    }

    @Test
    void theVansStopsOfTheComingWeekStartToday() {
        sites.seedIfEmpty(List.of(van("van")));
        Sites.Shown shown = sites.shownIn(Locale.forLanguageTag("es")).get(0);
        assertThat(shown.name()).isEqualTo("La furgoneta");
        assertThat(shown.bookable()).isFalse();
        assertThat(shown.stopsThisWeek()).extracting(Sites.WeekStop::date)
                .containsExactly(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 7));
        assertThat(shown.stopsThisWeek().get(1).end()).isEqualTo(LocalTime.of(1, 0));
        assertThat(sites.shownIn(Locale.forLanguageTag("ro")).get(0).name()).isEqualTo("The van");
    }

    @Test
    void openingHoursPastMidnightAndSeveralADayAreKeptInOrder() {
        SiteDirectory.Site site = sites.add(new SiteDraft("night", "night-centre", Map.of("en", "Night"),
                "2 Street", List.of(new SiteDraft.HoursDraft("monday", "20:00", "08:00"),
                new SiteDraft.HoursDraft("MONDAY", "10:00", "12:00")), null));
        assertThat(site.hours()).extracting(SiteDirectory.Hours::opens)
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(20, 0));
        assertThatThrownBy(() -> sites.add(new SiteDraft("late", "night-centre", Map.of("en", "Late"), "3 Street",
                List.of(new SiteDraft.HoursDraft("MONDAY", "20:00", "08:00"),
                        new SiteDraft.HoursDraft("MONDAY", "22:00", "23:00")), null)))
                .hasMessage("error.site-hours");
        assertThat(kept).containsOnlyKeys("night");
    }

    static SiteDraft dropIn(String code) {
        return new SiteDraft(code, "drop-in", Map.of("en", "The " + code), "1 Street",
                List.of(new SiteDraft.HoursDraft("MONDAY", "10:00", "16:00")), List.of());
    }

    static SiteDraft van(String code) {
        return new SiteDraft(code, "outreach", Map.of("en", "The van", "es", "La furgoneta"), null, List.of(),
                List.of(new SiteDraft.StopDraft("MONDAY", "23:00", "01:00", "Station approach"),
                        new SiteDraft.StopDraft("WEDNESDAY", "22:00", "23:00", "Canal Street")));
    }


    static class Clock implements CentreClock {

        @Override
        public LocalDateTime now() {
            return NOW;
        }

        @Override
        public Instant instant() {
            return NOW.atZone(zone()).toInstant();
        }
    }
}
