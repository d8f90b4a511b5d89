package org.lantern.ui.reminders;

import org.lantern.application.reminders.ReminderSchedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lantern.domain.booking.Service;
import org.lantern.ui.web.LanguageResolver;
import org.springframework.context.support.ResourceBundleMessageSource;

class ReminderTextsTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 10, 30);
    private static final List<Service> SERVICES = org.lantern.infra.catalogue.CatalogueSeed.read().stream()
            .map(org.lantern.domain.booking.CatalogueEntry::service).toList();

    private final ResourceBundleMessageSource messages = messages();
    private final ReminderTexts texts = new ReminderTexts(messages);

    @Test
    void aDiscreetReminderNamesNeitherTheServiceNorTheCentreInAnyLanguage() {
        for (Locale language : LanguageResolver.SUPPORTED) {
            for (Service service : SERVICES) {
                String text = texts.compose(service.code(), AT, "ABC234", false, language);
                assertThat(text).contains("ABC234", "10:30");
                for (String giveaway : giveaways()) {
                    assertThat(text.toLowerCase(Locale.ROOT)).as("%s reminder in %s", service, language)
                            .doesNotContain(giveaway.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    @Test
    void aPersonWhoOptedInIsToldTheServiceAndTheCentre() {
        for (Locale language : LanguageResolver.SUPPORTED) {
            for (Service service : SERVICES) {
                String text = texts.compose(service.code(), AT, "ABC234", true, language);
                assertThat(text).contains("Lantern",
                        messages.getMessage("reminder.service." + service.code(), null, language));
            }
        }
    }

    @Test
    void theScheduleSendsOnlyTheLatestDueReminderAndNoneThatWasDueBeforeBooking() {
        ReminderSchedule schedule = new ReminderSchedule(List.of(java.time.Duration.ofDays(1),
                java.time.Duration.ofHours(2)));
        LocalDateTime booked = AT.minusDays(5);
        assertThat(schedule.dueNow(AT, booked, AT.minusHours(25))).isEmpty();
        assertThat(schedule.dueNow(AT, booked, AT.minusHours(23))).contains(java.time.Duration.ofDays(1));
        assertThat(schedule.dueNow(AT, booked, AT.minusHours(1))).contains(java.time.Duration.ofHours(2));
        assertThat(schedule.dueNow(AT, booked, AT)).isEmpty();
        assertThat(schedule.dueNow(AT, AT.minusHours(3), AT.minusHours(2))).contains(java.time.Duration.ofHours(2));
        assertThat(schedule.dueNow(AT, AT.minusHours(1), AT.minusMinutes(30))).isEmpty();
    }

    /** Every way a service or the centre is named anywhere in the bundles, in every language. */
    private List<String> giveaways() {
        List<String> names = new ArrayList<>(List.of("Lantern", "police", "clinic", "health", "counsel"));
        for (Locale language : LanguageResolver.SUPPORTED) {
            for (Service service : SERVICES) {
                names.add(messages.getMessage("service." + service.code(), null, language));
                names.add(messages.getMessage("reminder.service." + service.code(), null, language));
                names.add(messages.getMessage("book.choose." + service.code(), null, language));
            }
            names.add(messages.getMessage("app.name", null, language));
        }
        return names;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        // service names come from the catalogue, as in the app
        source.setParentMessageSource(new org.lantern.ui.web.CatalogueMessages.Names(
                new SeededCatalogue()));
        return source;
    }

    /** The catalogue a centre starts with, read from its seed; nothing is added in these tests. */
    private static final class SeededCatalogue implements org.lantern.domain.booking.ServiceCatalogue {

        private final List<org.lantern.domain.booking.CatalogueEntry> entries =
                org.lantern.infra.catalogue.CatalogueSeed.read();

        @Override
        public List<org.lantern.domain.booking.CatalogueEntry> all() {
            return entries;
        }

        @Override
        public boolean add(org.lantern.domain.booking.CatalogueEntry entry) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public boolean replace(org.lantern.domain.booking.CatalogueEntry entry) {
            throw new UnsupportedOperationException("read only");
        }
    }
}
